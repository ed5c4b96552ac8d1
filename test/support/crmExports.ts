// CRM exports as Salesforce and HubSpot write them, made by code for tests: their default headers,
// values with commas, quotes and line breaks, a byte-order mark, Windows line ends, and Excel's
// semicolon files with `sep=;` and day-first dotted dates.

export interface ExportRow {
  id: string;
  opportunity: string;
  account: string;
  owner: string;
  stage: string;
  amount: number;
  /** YYYY-MM-DD or '' */
  closeDate: string;
  lastActivity: string;
  nextStep: string;
  stageChanged: string;
}

export interface ExportShape {
  crm: 'salesforce' | 'hubspot';
  delimiter?: ',' | ';';
  bom?: boolean;
  crlf?: boolean;
  /** How dates are written: ISO, US (3/14/2025) or dotted (14.03.2025). */
  dates?: 'iso' | 'us' | 'dotted';
}

const headers = {
  salesforce: ['Opportunity Owner', 'Account Name', 'Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Last Activity', 'Next Step', 'Last Stage Change Date', 'Opportunity ID'],
  hubspot: ['Record ID', 'Deal Name', 'Associated Company', 'Deal owner', 'Deal Stage', 'Amount', 'Close Date', 'Last Activity Date', 'Next step', 'Date entered current stage'],
};

function dateText(day: string, style: ExportShape['dates']): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  if (style === 'us') return `${Number(m)}/${Number(d)}/${y}`;
  if (style === 'dotted') return `${d}.${m}.${y}`;
  return day;
}

function quoted(value: string, delimiter: string): string {
  return /["\n\r]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function crmExport(rows: readonly ExportRow[], shape: ExportShape): string {
  const delimiter = shape.delimiter ?? ',';
  const eol = shape.crlf ? '\r\n' : '\n';
  const date = (day: string) => dateText(day, shape.dates ?? 'iso');
  const amount = (n: number) => (delimiter === ';' ? n.toFixed(2).replace('.', ',') : n.toFixed(2));
  const cells = (row: ExportRow) =>
    shape.crm === 'salesforce'
      ? [row.owner, row.account, row.opportunity, row.stage, amount(row.amount), date(row.closeDate), date(row.lastActivity), row.nextStep, date(row.stageChanged), row.id]
      : [row.id, row.opportunity, row.account, row.owner, row.stage, amount(row.amount), date(row.closeDate), date(row.lastActivity), row.nextStep, date(row.stageChanged)];
  const lines = [headers[shape.crm], ...rows.map(cells)].map((line) => line.map((cell) => quoted(cell, delimiter)).join(delimiter));
  const sep = delimiter === ';' ? `sep=;${eol}` : '';
  return `${shape.bom ? '\uFEFF' : ''}${sep}${lines.join(eol)}${eol}`;
}

/** `n` opportunities spread over `owners`, some stale by every rule, some fine, as of `today`. */
export function generatedRows(n: number, owners: readonly string[], today: string): ExportRow[] {
  const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const stale = i % 3 === 0;
    return {
      id: `006${String(i).padStart(12, '0')}`,
      opportunity: `Renewal ${i}, "phase ${i % 4}"`,
      account: i % 5 === 0 ? `Acme, Inc.\nWest ${i}` : `Account ${i % 97}`,
      owner: owners[i % owners.length] as string,
      stage: i % 11 === 0 ? 'Closed Won' : 'Negotiation',
      amount: 1000 + i,
      closeDate: stale ? day(-10 - (i % 30)) : day(20),
      lastActivity: stale ? day(-45) : day(-2),
      nextStep: stale ? '' : 'Send the proposal',
      stageChanged: day(-5),
    };
  });
}
