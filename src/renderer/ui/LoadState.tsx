// What a page shows while its data is on the way, or when the call failed.
import type { ReactNode } from 'react';
import type { Load } from './useLoad';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="load-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function LoadError({ message, onRetry, title = 'This could not be loaded' }: { message: string; onRetry: () => void; title?: string }) {
  return (
    <div className="load-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

/** Renders `children(value)` once loaded; loading and error states otherwise. */
export function Loaded<T>({ load, children, loadingLabel }: { load: Load<T>; children: (value: T) => ReactNode; loadingLabel?: string }) {
  if (load.status === 'loading') return <Loading label={loadingLabel} />;
  if (load.status === 'error') return <LoadError message={load.error} onRetry={load.retry} />;
  return <>{children(load.value)}</>;
}
