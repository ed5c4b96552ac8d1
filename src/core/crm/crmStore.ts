// The CRM check in SQLite: each import with its rows (stored in one transaction), the rules and the
// remembered column mappings (in settings), the owners confirmed as people, and which opportunities
// each ask made from an import covers.
import { randomUUID } from 'node:crypto';
import type { ColumnMapping, CrmImport, CrmRules } from '../../shared/contract';
import { SqlStore } from '../storage/storage';
import type { ImportedOpportunity } from './opportunities';
import { defaultRules } from './staleRules';

interface ImportRow {
  id: string;
  file_name: string;
  imported_at: string;
  day: string;
  source: CrmImport['source'];
  row_count: number;
}

interface OpportunityRow {
  opp_key: string;
  line: number;
  opportunity: string;
  account: string;
  owner: string;
  owner_email: string;
  stage: string;
  amount: number | null;
  close_date: string | null;
  last_activity: string | null;
  next_step: string;
  stage_changed: string | null;
}

const toImport = (row: ImportRow): CrmImport => ({ id: row.id, fileName: row.file_name, importedAt: row.imported_at, day: row.day, rows: row.row_count, source: row.source });

const toOpportunity = (row: OpportunityRow): ImportedOpportunity => ({
  key: row.opp_key,
  line: row.line,
  opportunity: row.opportunity,
  account: row.account,
  owner: row.owner,
  ownerEmail: row.owner_email,
  stage: row.stage,
  amount: row.amount,
  closeDate: row.close_date,
  lastActivity: row.last_activity,
  nextStep: row.next_step,
  stageChanged: row.stage_changed,
});

export class CrmStore extends SqlStore {
  latest(): CrmImport | null {
    const row = this.db.prepare('SELECT * FROM crm_imports ORDER BY imported_at DESC, rowid DESC LIMIT 1').get() as ImportRow | undefined;
    return row ? toImport(row) : null;
  }

  /** Stores an import and all its rows at once: a failure stores none of them. */
  save(meta: Omit<CrmImport, 'id' | 'importedAt' | 'rows'>, opportunities: readonly ImportedOpportunity[]): CrmImport {
    const id = randomUUID();
    this.storage.transaction(() => {
      this.db
        .prepare('INSERT INTO crm_imports (id, file_name, imported_at, day, source, row_count) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, meta.fileName, this.now().toISOString(), meta.day, meta.source, opportunities.length);
      const insert = this.db.prepare(
        `INSERT INTO crm_opportunities (import_id, opp_key, line, opportunity, account, owner, owner_email, stage, amount, close_date, last_activity, next_step, stage_changed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const o of opportunities) insert.run(id, o.key, o.line, o.opportunity, o.account, o.owner, o.ownerEmail, o.stage, o.amount, o.closeDate, o.lastActivity, o.nextStep, o.stageChanged);
    });
    const row = this.db.prepare('SELECT * FROM crm_imports WHERE id = ?').get(id) as ImportRow;
    return toImport(row);
  }

  opportunities(importId: string, owner?: string): ImportedOpportunity[] {
    const rows = owner
      ? this.db.prepare('SELECT * FROM crm_opportunities WHERE import_id = ? AND owner = ? ORDER BY line').all(importId, owner)
      : this.db.prepare('SELECT * FROM crm_opportunities WHERE import_id = ? ORDER BY line').all(importId);
    return (rows as OpportunityRow[]).map(toOpportunity);
  }

  /** Rows of an import whose opportunity or account holds every word, case aside; and how many there are. */
  find(importId: string, words: readonly string[], limit: number): { rows: ImportedOpportunity[]; total: number } {
    const like = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const where = words.map(() => "(opportunity LIKE ? ESCAPE '\\' OR account LIKE ? ESCAPE '\\')").join(' AND ');
    const params = words.flatMap((word) => [like(word), like(word)]);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM crm_opportunities WHERE import_id = ? AND ${where}`).get(importId, ...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT * FROM crm_opportunities WHERE import_id = ? AND ${where} ORDER BY opportunity COLLATE NOCASE, line LIMIT ?`).all(importId, ...params, limit) as OpportunityRow[];
    return { rows: rows.map(toOpportunity), total };
  }

  rules(): CrmRules {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'crm-rules'").get() as { value: string } | undefined;
    return row ? { ...defaultRules, ...(JSON.parse(row.value) as Partial<CrmRules>) } : defaultRules;
  }

  setRules(rules: CrmRules): CrmRules {
    this.#setting('crm-rules', JSON.stringify(rules));
    return this.rules();
  }

  /** The mapping the leader chose for files with these headers, if any. */
  mapping(signature: string): ColumnMapping | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(`crm-mapping:${signature}`) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as ColumnMapping) : null;
  }

  rememberMapping(signature: string, mapping: ColumnMapping): void {
    this.#setting(`crm-mapping:${signature}`, JSON.stringify(mapping));
  }

  /** Owners confirmed as people, by owner name. */
  owners(): Map<string, string> {
    const rows = this.db.prepare('SELECT owner, person_id FROM crm_owners').all() as Array<{ owner: string; person_id: string }>;
    return new Map(rows.map((row) => [row.owner, row.person_id]));
  }

  mapOwner(owner: string, personId: string | null): void {
    if (personId === null) this.db.prepare('DELETE FROM crm_owners WHERE owner = ?').run(owner);
    else this.db.prepare('INSERT INTO crm_owners (owner, person_id) VALUES (?, ?) ON CONFLICT (owner) DO UPDATE SET person_id = excluded.person_id').run(owner, personId);
  }

  linkAsk(actionId: string, keys: readonly string[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO crm_ask_opportunities (action_id, opp_key) VALUES (?, ?)');
    for (const key of keys) insert.run(actionId, key);
  }

  /** Each ask made from an import, with the opportunities it covers. */
  askLinks(): Map<string, string[]> {
    const rows = this.db.prepare('SELECT action_id, opp_key FROM crm_ask_opportunities ORDER BY action_id, opp_key').all() as Array<{ action_id: string; opp_key: string }>;
    const links = new Map<string, string[]>();
    for (const row of rows) links.set(row.action_id, [...(links.get(row.action_id) ?? []), row.opp_key]);
    return links;
  }

  #setting(key: string, value: string): void {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
