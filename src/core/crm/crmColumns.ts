// Which column holds what in a CRM export. The default headers of a Salesforce opportunity report
// and of a HubSpot deal export are recognised without a mapping; any other file is mapped once by
// the leader, and that mapping is remembered for files with the same headers.
import type { ColumnMapping, CrmField, CrmPreview } from '../../shared/contract';

/** Headers each CRM writes for a field (compared without case, spaces or punctuation). */
const known: Record<'salesforce' | 'hubspot', Partial<Record<CrmField, string[]>>> = {
  salesforce: {
    opportunityId: ['Opportunity ID', 'Opportunity Id'],
    opportunity: ['Opportunity Name'],
    account: ['Account Name'],
    owner: ['Opportunity Owner'],
    ownerEmail: ['Opportunity Owner Email', 'Owner Email'],
    stage: ['Stage'],
    amount: ['Amount'],
    closeDate: ['Close Date'],
    lastActivity: ['Last Activity', 'Last Activity Date'],
    nextStep: ['Next Step'],
    stageChanged: ['Last Stage Change Date', 'Stage Change Date'],
  },
  hubspot: {
    opportunityId: ['Record ID', 'Deal ID'],
    opportunity: ['Deal Name'],
    account: ['Associated Company', 'Associated Company (Primary)', 'Company Name'],
    owner: ['Deal owner', 'Deal Owner'],
    ownerEmail: ['Deal owner email', 'Deal Owner Email'],
    stage: ['Deal Stage'],
    amount: ['Amount'],
    closeDate: ['Close Date'],
    lastActivity: ['Last Activity Date'],
    nextStep: ['Next step', 'Next Step'],
    stageChanged: ['Date entered current stage', 'Last stage change date'],
  },
};

/** What the check needs at the least: which opportunity, whose, and something to judge it by. */
export const requiredFields: CrmField[] = ['opportunity', 'owner'];

const squeeze = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The headers of a file as one string: files with the same columns share a remembered mapping. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(squeeze).join('|');
}

function recognise(headers: readonly string[], table: Partial<Record<CrmField, string[]>>): ColumnMapping {
  const byName = new Map(headers.map((header) => [squeeze(header), header]));
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(table) as Array<[CrmField, string[]]>) {
    const header = names.map((name) => byName.get(squeeze(name))).find((found) => found !== undefined);
    if (header !== undefined) mapping[field] = header;
  }
  return mapping;
}

export function missingFields(mapping: ColumnMapping): CrmField[] {
  return requiredFields.filter((field) => !mapping[field]);
}

/** The mapping for these headers: the remembered one, else Salesforce's or HubSpot's when theirs fit. */
export function mappingFor(headers: readonly string[], remembered: ColumnMapping | null): Pick<CrmPreview, 'source' | 'mapping' | 'missing'> {
  if (remembered && Object.values(remembered).every((header) => headers.includes(header as string))) {
    return { source: 'remembered', mapping: remembered, missing: missingFields(remembered) };
  }
  for (const source of ['salesforce', 'hubspot'] as const) {
    const mapping = recognise(headers, known[source]);
    if (missingFields(mapping).length === 0) return { source, mapping, missing: [] };
  }
  const partial = { ...recognise(headers, known.hubspot), ...recognise(headers, known.salesforce) };
  return { source: 'unknown', mapping: partial, missing: missingFields(partial) };
}

/** The field separator of a file, from its header line: comma, semicolon (Excel in much of Europe) or tab. */
export function delimiterOf(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((char) => [char, outside.split(char).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
