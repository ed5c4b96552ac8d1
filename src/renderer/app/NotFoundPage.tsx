// Any address the app does not know.
import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { markAppReady } from '../ui/appReady';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFoundPage() {
  const [path] = useLocation();
  usePageTitle('Page not found');
  useEffect(markAppReady, []);
  return (
    <div className="page page-narrow not-found">
      <p className="eyebrow">404</p>
      <h1>This page does not exist</h1>
      <p className="muted">
        Nothing in Fulcrum lives at <code>#{path}</code>. The link may be old, or the item may have been removed from the
        content pack.
      </p>
      <p>
        <Link href="/" className="button button-primary">
          Go to the start page
        </Link>
      </p>
    </div>
  );
}
