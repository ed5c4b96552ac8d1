// `fulcrum crm`: import a CRM export (read in chunks, with progress on stderr; a mapping file for
// columns it does not recognise), list stale opportunities per owner, and ask owners to fix theirs.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { FulcrumClient } from '../shared/client';
import type { CrmImport, CrmStaleView } from '../shared/contract';
import { FulcrumError } from '../shared/errors';
import { asInput, need, print, UsageError, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

const chunkBytes = 1 << 20;

async function mappingFrom(file: string | undefined): Promise<Record<string, string> | undefined> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new FulcrumError('invalid-input', `--mapping ${file} could not be read as JSON (${error instanceof Error ? error.message : String(error)}). It maps fields to column headers, e.g. {"opportunity": "Deal", "owner": "Rep", "closeDate": "Due"}.`);
  }
}

async function importFile(client: FulcrumClient, file: string, mapping: Record<string, string> | undefined, err: Output): Promise<CrmImport> {
  const size = (await stat(file).catch(() => null))?.size;
  if (size === undefined) throw new FulcrumError('not-found', `There is no file at ${file}.`);
  const { importId } = await client.crm.importStart(asInput({ fileName: path.basename(file), mapping }));
  const decoder = new StringDecoder('utf8');
  let read = 0;
  let result: CrmImport | null = null;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes })) {
      read += (chunk as Buffer).length;
      const progress = await client.crm.importChunk({ importId, text: decoder.write(chunk as Buffer), last: false });
      err.write(`\rReading ${path.basename(file)}: ${Math.round((read / Math.max(size, 1)) * 100)}%, ${progress.rows.toLocaleString('en')} rows`);
    }
    result = (await client.crm.importChunk({ importId, text: decoder.end(), last: true })).done;
  } finally {
    if (size > 0) err.write('\n');
    if (!result) await client.crm.importCancel({ importId }).catch(() => undefined);
  }
  if (!result) throw new FulcrumError('internal', 'The import did not finish; nothing was stored.');
  return result;
}

export function formatStale(view: CrmStaleView): string {
  if (!view.latest) return 'No CRM export imported yet: fulcrum crm import FILE\n';
  const lines = [`${view.latest.fileName}, imported ${view.latest.day}: ${view.latest.rows.toLocaleString('en')} opportunities`, ''];
  for (const owner of view.owners) {
    const who = owner.person ? `${owner.person.name}${owner.confirmed ? '' : ' (suggested)'}` : 'not matched to anyone';
    lines.push(`${owner.owner}: ${owner.stale} stale of ${owner.opportunities} · ${who}`);
    for (const opp of owner.worst.slice(0, 3)) lines.push(`  ${opp.opportunity}${opp.account ? ` (${opp.account})` : ''}: ${opp.reasons.join(', ')}`);
  }
  if (view.asks.length) {
    lines.push('', 'Asks made from CRM imports:');
    const state = { 'all-fixed': 'all fixed: mark it done', 'still-stale': 'still stale', 'mandate-candidate': 'past its date and still stale: a mandate candidate' };
    for (const s of view.asks) lines.push(`  ${s.ask.id}  ${s.ask.personName}: ${s.stillStale} of ${s.opportunities} still stale, ${state[s.state]}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function crmCommand(sub: string | undefined, rest: string[], values: FlagValues, withClient: WithClient, out: Output, err: Output): Promise<void> {
  switch (sub) {
    case 'import': {
      const file = path.resolve(need(rest[0], 'crm import needs the CSV file exported from the CRM'));
      const mapping = await mappingFrom(values.mapping);
      const done = await withClient((c) => importFile(c, file, mapping, err));
      return print(out, values.json, done, () => `Imported ${done.rows.toLocaleString('en')} ${done.rows === 1 ? 'opportunity' : 'opportunities'} from ${done.fileName} (${done.source === 'salesforce' || done.source === 'hubspot' ? `${done.source === 'hubspot' ? 'HubSpot' : 'Salesforce'} columns` : 'columns as mapped'}). See them with: fulcrum crm stale\n`);
    }
    case 'stale': {
      const view = await withClient((c) => c.crm.stale(asInput({ owner: values.owner })));
      return print(out, values.json, view, () => formatStale(view));
    }
    case 'ask': {
      const expectedBy = need(values['expected-by'], 'crm ask needs --expected-by DATE: when the owners should have their opportunities up to date');
      if (!values.owner && !values.all) throw new UsageError('crm ask needs --owner NAME (as the CRM writes it) or --all');
      const { asks } = await withClient((c) => c.crm.ask(asInput({ owners: values.owner ? [values.owner] : undefined, all: values.all ?? false, expectedBy })));
      return print(out, values.json, asks, () => (asks.length ? `${asks.map((a) => `Asked ${a.personName}: ${a.text} (${a.id})`).join('\n')}\n` : 'Nobody has stale opportunities: nothing to ask.\n'));
    }
    default:
      throw new UsageError(`unknown crm command "${sub ?? ''}"; use crm import, crm stale or crm ask`);
  }
}
