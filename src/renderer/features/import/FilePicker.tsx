// Picking what to import: a folder, or a zip (or loose .md files). A folder is read file by file
// with a progress bar and a Stop button; problems (not Markdown, a zip bomb, too much) are said in
// plain words beside the buttons.
import { useRef, useState } from 'react';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { readPicked, type PickedFiles, type ReadProgress } from './readPicked';

export type { PickedFiles };

interface Props {
  /** What is being picked, for the inputs' names: "notes", "pack". */
  label: string;
  disabled: boolean;
  onPicked: (picked: PickedFiles | null) => void;
}

export function FilePicker({ label, disabled, onPicked }: Props) {
  const toast = useToast();
  const folderInput = useRef<HTMLInputElement | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  const read = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const stop = new AbortController();
    running.current = stop;
    setProblem(null);
    onPicked(null);
    setProgress({ done: 0, total: files.length });
    try {
      onPicked(await readPicked(files, { signal: stop.signal, onProgress: setProgress }));
    } catch (error) {
      if (stop.signal.aborted) toast({ message: 'Stopped; nothing was imported.', tone: 'info' });
      else setProblem(errorText(error));
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const busy = disabled || progress !== null;
  return (
    <div className="import-picker">
      <div className="import-buttons">
        <button type="button" className="button" disabled={busy} onClick={() => folderInput.current?.click()}>
          Choose a folder…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Choose a zip or Markdown files…
        </button>
      </div>
      <input
        ref={(element) => {
          folderInput.current = element;
          // Not in React's types: picks a whole folder, each file with its path inside it.
          element?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        multiple
        aria-label={`Folder of ${label} to import`}
        onChange={(event) => {
          void read(event.target.files);
          event.target.value = '';
        }}
      />
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept=".zip,.md,.markdown"
        aria-label={`Zip or Markdown files of ${label} to import`}
        onChange={(event) => {
          void read(event.target.files);
          event.target.value = '';
        }}
      />
      {progress && (
        <div className="import-progress" role="status">
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Reading the files" />
          <span>
            Reading {progress.done.toLocaleString()} of {progress.total.toLocaleString()} files…
          </span>
          <button type="button" className="button button-small" onClick={() => running.current?.abort()}>
            Stop
          </button>
        </div>
      )}
      {problem && (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
