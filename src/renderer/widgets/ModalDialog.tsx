// A modal dialog over the page (the browser's own <dialog>: focus is trapped, Escape closes it, the
// page behind is inert). Opened when mounted; `busy` keeps Escape from closing it mid-save.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

export function ModalDialog({ title, subtitle, busy = false, onClose, className = '', children }: { title: string; subtitle?: ReactNode; busy?: boolean; onClose: () => void; className?: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className={`modal-dialog ${className}`} aria-labelledby={titleId} onClose={onClose} onCancel={(event) => busy && event.preventDefault()}>
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        {subtitle && <p className="modal-subtitle">{subtitle}</p>}
      </header>
      {children}
    </dialog>
  );
}

/**
 * A dialog holding one form: what failed (kept open, nothing lost), the fields, then Save and Cancel.
 * `notSaved` leads the error ("The note was not saved."), followed by the core's words.
 */
export function ModalForm({
  title,
  subtitle,
  className,
  error,
  notSaved,
  saving,
  saveLabel,
  saveShortcut,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  className?: string;
  error: string;
  notSaved: string;
  saving: boolean;
  saveLabel: string;
  saveShortcut?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <ModalDialog title={title} subtitle={subtitle} busy={saving} onClose={onCancel} className={className}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {error && (
          <p className="form-error" role="alert">
            <strong>{notSaved}</strong> {error}
          </p>
        )}
        {children}
        <footer className="modal-footer">
          <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving} aria-keyshortcuts={saveShortcut}>
            {saveLabel}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
