// "Restore from a file…": picks a backup file (one saved elsewhere, or from another computer) and
// hands it over; the restore itself asks first and says what happened.
import { useRef } from 'react';

export function RestoreFileButton({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" disabled={disabled} onClick={() => picker.current?.click()}>
        Restore from a file…
      </button>
      <input
        ref={picker}
        type="file"
        accept=".fulcrum-backup"
        hidden
        aria-label="Backup file to restore"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
