// Window title per page, so the window list and history say where the user is.
import { useEffect } from 'react';

export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Fulcrum` : 'Fulcrum';
  }, [title]);
}
