// Importing a CRM export: pick the file, see its first rows and how its columns map (Salesforce's
// and HubSpot's are recognised, a mapping chosen once is remembered), then import it with a
// progress bar. A malformed file is refused with the lines to fix, and nothing is stored.
import { useId, useRef, useState } from 'react';
import { crmFields, type ColumnMapping, type CrmField, type CrmPreview } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { MenuSelect } from '../../ui/MenuSelect';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { uploadExport } from './crmUpload';

const fieldLabels: Record<CrmField, string> = {
  opportunityId: 'Opportunity id',
  opportunity: 'Opportunity name (needed)',
  account: 'Account',
  owner: 'Owner (needed)',
  ownerEmail: 'Owner email',
  stage: 'Stage',
  amount: 'Amount',
  closeDate: 'Close date',
  lastActivity: 'Last activity',
  nextStep: 'Next step',
  stageChanged: 'Stage last changed',
};

const sourceText: Record<CrmPreview['source'], string> = {
  salesforce: 'Salesforce opportunity report columns recognised.',
  hubspot: 'HubSpot deal export columns recognised.',
  remembered: 'Columns mapped as you mapped this kind of file before.',
  unknown: 'Choose which column holds what; Fulcrum remembers it for files like this one.',
};

export function CrmImportPanel({ onImported }: { onImported: () => void }) {
  const client = useClient();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<CrmPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [progress, setProgress] = useState<{ sent: number; total: number; rows: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  const choose = async (picked: File) => {
    setError(null);
    setPreview(null);
    try {
      const text = await picked.text();
      const found = await client.crm.preview({ text: text.slice(0, 256 * 1024) });
      setFile({ name: picked.name, text });
      setPreview(found);
      setMapping(found.mapping);
    } catch (failure) {
      setError(`${picked.name} could not be read. ${errorText(failure)}`);
    }
  };

  const start = async () => {
    if (!file) return;
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setProgress({ sent: 0, total: file.text.length, rows: 0 });
    try {
      const done = await uploadExport(client, file, mapping, (sent, total, rows) => setProgress({ sent, total, rows }), controller.signal);
      toast({ message: `Imported ${done.rows.toLocaleString()} ${done.rows === 1 ? 'opportunity' : 'opportunities'} from ${done.fileName}`, tone: 'success' });
      setFile(null);
      setPreview(null);
      onImported();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setProgress(null);
      running.current = null;
    }
  };

  const headers = preview?.headers ?? [];
  const missing = preview ? (['opportunity', 'owner'] as const).filter((field) => !mapping[field]) : [];
  return (
    <section className="crm-import" aria-label="Import a CRM export">
      <div className="crm-import-head">
        <button type="button" className="button button-primary" disabled={progress !== null} onClick={() => input.current?.click()}>
          Import a CRM export…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,text/csv,text/plain"
          aria-label="CRM export to import"
          onChange={(event) => {
            const picked = event.target.files?.[0];
            event.target.value = '';
            if (picked) void choose(picked);
          }}
        />
        <span className="field-hint">A CSV of opportunities from Salesforce, HubSpot or any CRM (Excel’s semicolon files too).</span>
      </div>
      {error && (
        <p id={errorId} className="form-error crm-error" role="alert">
          {error}
        </p>
      )}
      {preview && file && (
        <div className="crm-preview">
          <p className="crm-source">
            <strong>{file.name}</strong> · {sourceText[preview.source]}
          </p>
          <div className="crm-mapping" role="group" aria-label="Columns">
            {crmFields.map((field) => (
              <MenuSelect
                key={field}
                label={fieldLabels[field]}
                value={mapping[field] ?? ''}
                choices={[{ value: '', label: '(none)' }, ...headers.map((header) => ({ value: header, label: header }))]}
                onChange={(value) => setMapping((m) => ({ ...m, [field]: value || undefined }))}
                className="menu-select-field"
              />
            ))}
          </div>
          <div className="crm-sample">
            <table aria-label="First rows of the file">
              <thead>
                <tr>
                  {headers.map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {progress ? (
            <div className="export-progress" role="status" aria-live="polite">
              <progress max={Math.max(1, progress.total)} value={progress.sent} aria-label="Import progress" />
              <span>
                Reading {Math.round((progress.sent / Math.max(1, progress.total)) * 100)}%: {progress.rows.toLocaleString()} rows
              </span>
              <button type="button" className="button button-small" onClick={() => running.current?.abort()}>
                Stop
              </button>
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button-primary" disabled={missing.length > 0} onClick={() => void start()}>
                Import {file.name}
              </button>
              <button type="button" className="button" onClick={() => {
                  setFile(null);
                  setPreview(null);
                }}>
                Cancel
              </button>
              {missing.length > 0 && <span className="field-hint">Choose the columns for the opportunity name and the owner first.</span>}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
