// The crm namespace: the CRM compliance check, the source episode's common case made a feature.
// A leader imports an opportunity export (CSV from Salesforce, HubSpot or any CRM, its columns
// mapped once), sets what "stale" means, sees stale opportunities per owner, asks each owner to bring
// theirs up to date, and on the next import sees who fixed theirs.
import { z } from 'zod';
import type { AskAction } from './actions';
import type { Person } from './people';
import { isoDate, op, recordId, wholeNumber } from './operation';

/** What Fulcrum reads from each row; only the opportunity, its owner and one date or stage are needed. */
export const crmFields = ['opportunityId', 'opportunity', 'account', 'owner', 'ownerEmail', 'stage', 'amount', 'closeDate', 'lastActivity', 'nextStep', 'stageChanged'] as const;
export type CrmField = (typeof crmFields)[number];

/** Which column (by its header) holds each field. */
export type ColumnMapping = Partial<Record<CrmField, string>>;

export interface CrmRules {
  /** An open opportunity whose close date has passed. */
  closeDatePast: boolean;
  /** No activity logged in this many days (null: not checked). */
  noActivityDays: number | null;
  /** No next step written. */
  missingNextStep: boolean;
  /** The stage has not changed in this many days (null: not checked). */
  stageUnchangedDays: number | null;
}

/** The first rows of a file, and how its columns map: recognised (Salesforce, HubSpot), remembered, or to choose. */
export interface CrmPreview {
  headers: string[];
  /** Up to 5 rows, as read. */
  sample: string[][];
  source: 'salesforce' | 'hubspot' | 'remembered' | 'unknown';
  mapping: ColumnMapping;
  /** Required fields no column is mapped to yet. */
  missing: CrmField[];
}

export interface CrmImport {
  id: string;
  fileName: string;
  importedAt: string;
  /** The day it counts as (stale rules read dates against it). */
  day: string;
  rows: number;
  source: CrmPreview['source'];
}

export interface CrmOpportunity {
  /** Stable across imports: the CRM's id, or the opportunity with its account and owner. */
  key: string;
  opportunity: string;
  account: string;
  owner: string;
  ownerEmail: string;
  stage: string;
  amount: number | null;
  closeDate: string | null;
  lastActivity: string | null;
  nextStep: string;
  stageChanged: string | null;
  /** Why it is stale, in words; empty when it is not. */
  reasons: string[];
}

/** One owner's opportunities in the latest import. */
export interface CrmOwner {
  owner: string;
  ownerEmail: string;
  /** The person the owner is (confirmed by the leader), or the one their name suggests. */
  person: Person | null;
  confirmed: boolean;
  opportunities: number;
  stale: number;
  /** Their worst stale opportunities (most reasons, then the oldest close date), at most 10. */
  worst: CrmOpportunity[];
}

/** An ask made from a CRM import, and how its opportunities stand in the latest one. */
export interface CrmAskStatus {
  ask: AskAction;
  opportunities: number;
  /** Of them, still stale in the latest import. */
  stillStale: number;
  /** All fixed: offered as done. Past its date and still stale: a mandate candidate, as every ask. */
  state: 'all-fixed' | 'still-stale' | 'mandate-candidate';
}

export interface CrmStaleView {
  latest: CrmImport | null;
  rules: CrmRules;
  owners: CrmOwner[];
  asks: CrmAskStatus[];
}

export interface CrmImportProgress {
  importId: string;
  /** Rows read so far. */
  rows: number;
  /** When the last chunk was read: the import, all rows stored at once. */
  done: CrmImport | null;
}

const mappingInput = z.partialRecord(z.enum(crmFields), z.string().max(200)).optional();
const rulesInput = z.object({
  closeDatePast: z.boolean(),
  noActivityDays: wholeNumber(1, 3650).nullable(),
  missingNextStep: z.boolean(),
  stageUnchangedDays: wholeNumber(1, 3650).nullable(),
});

export const crmOperations = {
  /** Reads the start of a file: its headers, a few rows, and the mapping recognised or remembered. */
  'crm.preview': op<CrmPreview>()(z.object({ text: z.string().max(2_000_000, 'is too long for a preview (send the first 2 MB)') })),
  /** Begins an import; the file then comes in chunks, in order. Nothing is stored until the last one. */
  'crm.importStart': op<{ importId: string }>()(z.object({ fileName: z.string().trim().min(1).max(300), mapping: mappingInput })),
  'crm.importChunk': op<CrmImportProgress>()(z.object({ importId: recordId, text: z.string().max(4_000_000, 'is too long (send at most 4 MB at a time)'), last: z.boolean() })),
  'crm.importCancel': op<{ cancelled: boolean }>()(z.object({ importId: recordId })),
  /** Opportunities of the latest import whose name or account holds every word of `q`. */
  'crm.find': op<{ opportunities: CrmOpportunity[]; total: number }>()(z.object({ q: z.string().trim().min(1, 'is required').max(200), limit: wholeNumber(1, 500).default(50) })),
  'crm.stale': op<CrmStaleView>()(z.object({ owner: z.string().max(200).optional() })),
  'crm.setRules': op<CrmRules>()(rulesInput),
  /** Confirms which person a CRM owner is (null forgets it). */
  'crm.mapOwner': op<{ owner: string; personId: string | null }>()(z.object({ owner: z.string().trim().min(1).max(200), personId: recordId.nullable() })),
  /** Asks each owner (or all with stale opportunities and a person) to bring theirs up to date by a day. */
  'crm.ask': op<{ asks: AskAction[] }>()(
    z.object({ owners: z.array(z.string().trim().min(1).max(200)).max(500).optional(), all: z.boolean().default(false), expectedBy: isoDate }).refine((input) => input.all || (input.owners?.length ?? 0) > 0, { message: 'must name at least one owner, or ask all of them', path: ['owners'] }),
  ),
};
