// Ctrl+S (⌘S on a Mac) saves the form it is pressed in, as in any desktop editor.
import type { KeyboardEvent } from 'react';

export function saveShortcut(save: () => Promise<void> | void): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };
}
