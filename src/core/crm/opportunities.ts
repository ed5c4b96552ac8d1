// A CRM export's rows as opportunities: each value read by the mapping, dates in the forms CRMs and
// Excel write them (2025-03-10, 3/10/2025, 10.03.2025, with or without a time), amounts with their
// currency signs and separators, and a key that stays the same from one export to the next. Every
// problem is reported as `line N: …`, all of them, before anything is stored. Pure.
import type { ColumnMapping, CrmField, CrmOpportunity } from '../../shared/contract';
import type { CsvRow } from './crmCsv';

/** An opportunity as read from its row (the reasons it is stale are worked out when it is shown). */
export type ImportedOpportunity = Omit<CrmOpportunity, 'reasons'> & { line: number };

const dateFields = ['closeDate', 'lastActivity', 'stageChanged'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

function realDay(year: number, month: number, day: number): string | null {
  const full = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(full, month - 1, day));
  if (date.getUTCFullYear() !== full || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${full}-${pad(month)}-${pad(day)}`;
}

/**
 * A day from what a CRM wrote. `dayFirst` says how to read 03/04/2025 (set when the file has a date
 * that can only be read day first, like 25/03/2025); dotted dates are always day first.
 */
export function dayOf(value: string, dayFirst: boolean): string | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:,? .*)?$/.exec(text);
  if (dotted) return realDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) ?? undefined;
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,? .*)?$/.exec(text);
  if (slashed) {
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    return (dayFirst ? realDay(Number(slashed[3]), second, first) : realDay(Number(slashed[3]), first, second)) ?? undefined;
  }
  return undefined;
}

/** Whether the file writes slashed dates day first: some first number is above 12. */
export function writesDayFirst(values: Iterable<string>): boolean {
  for (const value of values) {
    const slashed = /^\s*(\d{1,2})\/(\d{1,2})\//.exec(value);
    if (slashed && Number(slashed[1]) > 12) return true;
  }
  return false;
}

/** An amount from "$12,500.00", "12.500,00 €", "(1,200)" or "12500"; null when there is none. */
export function amountOf(value: string): number | null | undefined {
  let text = value.replace(/[^\d.,()-]/g, '');
  if (text === '') return null;
  const negative = text.startsWith('(') || text.startsWith('-');
  text = text.replace(/[()-]/g, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  // The last separator followed by exactly one or two digits is the decimal one.
  const decimal = Math.max(lastComma, lastDot);
  const hasDecimals = decimal >= 0 && text.length - decimal - 1 <= 2 && !(text.length - decimal - 1 === 3);
  const whole = hasDecimals ? text.slice(0, decimal) : text;
  const fraction = hasDecimals ? text.slice(decimal + 1) : '';
  const number = Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(number)) return undefined;
  return negative ? -number : number;
}

/** Stages that mean the opportunity is over: nothing about it can be stale. */
export function isClosedStage(stage: string): boolean {
  return /\bclosed\b|\bwon\b|\blost\b|closedwon|closedlost/i.test(stage);
}

/** The rows as opportunities, or every problem found (`line N: …`). */
export function opportunitiesOf(headers: readonly string[], rows: readonly CsvRow[], mapping: ColumnMapping): { opportunities: ImportedOpportunity[]; problems: string[] } {
  const column = (field: CrmField) => (mapping[field] ? headers.indexOf(mapping[field] as string) : -1);
  const index = Object.fromEntries((Object.keys(mapping) as CrmField[]).map((field) => [field, column(field)])) as Partial<Record<CrmField, number>>;
  const cell = (row: CsvRow, field: CrmField) => {
    const at = index[field];
    return at === undefined || at < 0 ? '' : (row.cells[at] ?? '').trim();
  };
  const dayFirst = writesDayFirst(rows.flatMap((row) => dateFields.map((field) => cell(row, field))));
  const problems: string[] = [];
  const opportunities: ImportedOpportunity[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const before = problems.length;
    const opportunity = cell(row, 'opportunity');
    const owner = cell(row, 'owner');
    if (!opportunity) problems.push(`line ${row.line}: the opportunity's name ("${mapping.opportunity}") is empty.`);
    if (!owner) problems.push(`line ${row.line}: the owner ("${mapping.owner}") is empty, so nobody could be asked about it.`);
    const days: Partial<Record<(typeof dateFields)[number], string | null>> = {};
    for (const field of dateFields) {
      const given = cell(row, field);
      const day = dayOf(given, dayFirst);
      if (day === undefined) problems.push(`line ${row.line}: "${mapping[field]}" is "${given}", which is not a date.`);
      else days[field] = day;
    }
    const amountText = cell(row, 'amount');
    const amount = amountOf(amountText);
    if (amount === undefined) problems.push(`line ${row.line}: "${mapping.amount}" is "${amountText}", which is not an amount.`);
    if (problems.length > before) continue;
    const account = cell(row, 'account');
    const id = cell(row, 'opportunityId');
    const base = (id || `${opportunity}|${account}|${owner}`).toLowerCase();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    opportunities.push({
      key: count === 1 ? base : `${base}#${count}`,
      line: row.line,
      opportunity,
      account,
      owner,
      ownerEmail: cell(row, 'ownerEmail'),
      stage: cell(row, 'stage'),
      amount: amount ?? null,
      closeDate: days.closeDate ?? null,
      lastActivity: days.lastActivity ?? null,
      nextStep: cell(row, 'nextStep'),
      stageChanged: days.stageChanged ?? null,
    });
  }
  return { opportunities, problems };
}
