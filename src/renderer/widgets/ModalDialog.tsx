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
