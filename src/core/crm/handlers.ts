// The crm namespace: preview and import a CRM export (in chunks, stored all at once or not at all),
// the stale opportunities per owner by the leader's rules, owners confirmed as people, an ask per
// owner, and on the next import which asks are all fixed and which are still stale.
import { randomUUID } from 'node:crypto';
import { isMandateCandidate } from '../../shared/actionRules';
import type { AskAction, ColumnMapping, CrmAskStatus, CrmOpportunity, CrmOwner, CrmRules, CrmStaleView, OperationsOf, Person } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { FulcrumError } from '../../shared/errors';
import type { ActionStore } from '../actions/actionStore';
import type { CoachingActions } from '../actions/coachingActions';
import type { LibrarySource } from '../library/librarySource';
import type { PeopleStore } from '../people/peopleStore';
import { headerSignature, mappingFor } from './crmColumns';
import { CsvReader } from './crmCsv';
import type { CrmStore } from './crmStore';
import { opportunitiesOf, type ImportedOpportunity } from './opportunities';
import { staleReasons } from './staleRules';

export interface CrmDeps {
  crm: CrmStore;
  people: PeopleStore;
  actions: ActionStore;
  coaching: CoachingActions;
  library: LibrarySource;
  today: () => string;
}

interface PendingImport {
  reader: CsvReader;
  fileName: string;
  mapping: Parameters<typeof mappingFor>[1];
  touched: number;
}

/** An import left unfinished this long is dropped (the leader closed the window mid-upload). */
const pendingTtlMs = 10 * 60_000;
/** The worst stale opportunities shown per owner (the count says how many there are). */
const worstShown = 10;
/** An ask's notes list this many of the owner's stale opportunities (it covers them all). */
const notesListed = 50;
/** At most this many problems are listed; the count says how many there were. */
const problemsShown = 20;

/** The person an owner's name (or email) suggests: the one person of that name. */
function suggestedPerson(owner: string, email: string, people: readonly Person[]): Person | null {
  const fromEmail = email.split('@')[0]?.replace(/[._-]+/g, ' ') ?? '';
  for (const name of [owner, fromEmail]) {
    const matches = people.filter((p) => !p.archived && name.trim() !== '' && p.name.toLowerCase() === name.trim().toLowerCase());
    if (matches.length === 1) return matches[0] as Person;
  }
  return null;
}

function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof ColumnMapping>);
  return [...keys].every((key) => (a[key] || undefined) === (b[key] || undefined));
}

function worstFirst(a: CrmOpportunity, b: CrmOpportunity): number {
  return b.reasons.length - a.reasons.length || (a.closeDate ?? '9999').localeCompare(b.closeDate ?? '9999') || a.opportunity.localeCompare(b.opportunity);
}

export function crmHandlers(d: CrmDeps): Handlers<OperationsOf<'crm'>> {
  const pending = new Map<string, PendingImport>();
  const dropStale = (now: number) => {
    for (const [id, job] of pending) if (now - job.touched > pendingTtlMs) pending.delete(id);
  };

  const judged = (opp: ImportedOpportunity, rules: CrmRules, day: string): CrmOpportunity => {
    const { line: _line, ...rest } = opp;
    return { ...rest, reasons: staleReasons(opp, rules, day) };
  };

  /** The latest import judged by the rules: each owner with all their stale opportunities (the view shows the worst). */
  const staleView = (ownerFilter?: string): CrmStaleView & { allStale: Map<string, CrmOpportunity[]> } => {
    const latest = d.crm.latest();
    const rules = d.crm.rules();
    const allStale = new Map<string, CrmOpportunity[]>();
    if (!latest) return { latest: null, rules, owners: [], asks: [], allStale };
    const opportunities = d.crm.opportunities(latest.id).map((opp) => judged(opp, rules, latest.day));
    const people = d.people.list({ includeArchived: true });
    const confirmed = d.crm.owners();
    const byOwner = new Map<string, CrmOpportunity[]>();
    for (const opp of opportunities) byOwner.set(opp.owner, [...(byOwner.get(opp.owner) ?? []), opp]);
    const owners: CrmOwner[] = [...byOwner.entries()]
      .map(([owner, list]) => {
        const personId = confirmed.get(owner);
        const person = personId ? (people.find((p) => p.id === personId) ?? null) : suggestedPerson(owner, list[0]?.ownerEmail ?? '', people);
        const stale = list.filter((opp) => opp.reasons.length > 0).sort(worstFirst);
        allStale.set(owner, stale);
        return { owner, ownerEmail: list[0]?.ownerEmail ?? '', person, confirmed: personId !== undefined, opportunities: list.length, stale: stale.length, worst: stale.slice(0, worstShown) };
      })
      .filter((o) => !ownerFilter || o.owner.toLowerCase() === ownerFilter.toLowerCase() || o.person?.id === ownerFilter || o.person?.name.toLowerCase() === ownerFilter.toLowerCase())
      .sort((a, b) => b.stale - a.stale || a.owner.localeCompare(b.owner));
    const staleKeys = new Set(opportunities.filter((opp) => opp.reasons.length > 0).map((opp) => opp.key));
    const today = d.today();
    const asks: CrmAskStatus[] = [];
    for (const [actionId, keys] of d.crm.askLinks()) {
      const ask = d.actions.find(actionId);
      if (!ask || ask.kind !== 'ask' || (ask.status !== 'open' && ask.status !== 'missed')) continue;
      const stillStale = keys.filter((key) => staleKeys.has(key)).length;
      const state = stillStale === 0 ? 'all-fixed' : isMandateCandidate(ask, today) ? 'mandate-candidate' : 'still-stale';
      asks.push({ ask, opportunities: keys.length, stillStale, state });
    }
    asks.sort((a, b) => a.ask.personName.localeCompare(b.ask.personName));
    return { latest, rules, owners, asks, allStale };
  };

  return {
    'crm.preview': async ({ text }) => {
      // The start of a file: its last row may be cut, so what was read before a problem is enough,
      // unless the problem is in the first rows.
      const reader = new CsvReader();
      await reader.write(text);
      const { table, problem } = await reader.soFar();
      if (!table || (problem && table.rows.length === 0)) await reader.end(); // says what is wrong
      if (!table) throw new FulcrumError('invalid-input', 'The file is empty.');
      return { headers: table.headers, sample: table.rows.slice(0, 5).map((row) => row.cells), ...mappingFor(table.headers, d.crm.mapping(headerSignature(table.headers))) };
    },
    'crm.importStart': ({ fileName, mapping }) => {
      const now = Date.now();
      dropStale(now);
      const importId = randomUUID();
      pending.set(importId, { reader: new CsvReader(), fileName, mapping: mapping ?? null, touched: now });
      return { importId };
    },
    'crm.importChunk': async ({ importId, text, last }) => {
      const job = pending.get(importId);
      if (!job) throw new FulcrumError('not-found', 'That import is no longer going on (it was finished, cancelled, or left too long). Start it again; nothing was stored.');
      job.touched = Date.now();
      try {
        await job.reader.write(text);
        if (!last) return { importId, rows: job.reader.rows, done: null };
        const table = await job.reader.end();
        const signature = headerSignature(table.headers);
        const recognised = mappingFor(table.headers, null);
        // A mapping sent as the CRM's own columns were recognised is not the leader's to remember.
        const chosen = job.mapping && !(recognised.source !== 'unknown' && sameMapping(job.mapping, recognised.mapping)) ? job.mapping : null;
        const found = chosen ? mappingFor(table.headers, chosen) : mappingFor(table.headers, d.crm.mapping(signature));
        if (found.missing.length) {
          throw new FulcrumError('invalid-input', `No column is chosen for ${found.missing.map((field) => (field === 'opportunity' ? 'the opportunity name' : 'the owner')).join(' and ')}. Map the columns and import again; nothing was stored.`);
        }
        const { opportunities, problems } = opportunitiesOf(table.headers, table.rows, found.mapping);
        if (problems.length) {
          const listed = problems.slice(0, problemsShown).join('\n');
          const more = problems.length > problemsShown ? `\n…and ${problems.length - problemsShown} more.` : '';
          throw new FulcrumError('invalid-input', `${problems.length} row${problems.length === 1 ? ' has a problem' : 's have problems'}, so nothing was imported:\n${listed}${more}`, problems.slice(0, problemsShown).map((rule) => ({ path: ['file'], rule })));
        }
        const saved = d.crm.save({ fileName: job.fileName, day: d.today(), source: found.source }, opportunities);
        if (chosen) d.crm.rememberMapping(signature, chosen);
        return { importId, rows: opportunities.length, done: saved };
      } catch (error) {
        pending.delete(importId);
        throw error;
      } finally {
        if (last) pending.delete(importId);
      }
    },
    'crm.importCancel': ({ importId }) => ({ cancelled: pending.delete(importId) }),
    'crm.find': ({ q, limit }) => {
      const latest = d.crm.latest();
      if (!latest) return { opportunities: [], total: 0 };
      const rules = d.crm.rules();
      const found = d.crm.find(latest.id, q.split(/\s+/).filter(Boolean), limit);
      return { opportunities: found.rows.map((opp) => judged(opp, rules, latest.day)), total: found.total };
    },
    'crm.stale': ({ owner }) => {
      const { allStale: _all, ...view } = staleView(owner);
      return view;
    },
    'crm.setRules': (rules) => d.crm.setRules(rules),
    'crm.mapOwner': ({ owner, personId }) => {
      if (personId) d.people.get(personId);
      d.crm.mapOwner(owner, personId);
      return { owner, personId };
    },
    'crm.ask': async ({ owners, all, expectedBy }) => {
      const view = staleView();
      if (!view.latest) throw new FulcrumError('not-found', 'No CRM export has been imported yet, so there is nothing to ask about. Import one first.');
      const chosen = all ? view.owners.filter((o) => o.stale > 0) : view.owners.filter((o) => owners?.some((name) => name.toLowerCase() === o.owner.toLowerCase()));
      const unknown = all ? [] : (owners ?? []).filter((name) => !view.owners.some((o) => o.owner.toLowerCase() === name.toLowerCase()));
      if (unknown.length) throw new FulcrumError('invalid-input', `No owner in the latest import is called ${unknown.map((n) => `"${n}"`).join(', ')}. Nothing was asked.`);
      const withoutPerson = chosen.filter((o) => o.stale > 0 && !o.person);
      if (withoutPerson.length) {
        throw new FulcrumError('invalid-input', `${withoutPerson.map((o) => o.owner).join(', ')} ${withoutPerson.length === 1 ? 'is' : 'are'} not matched to anyone in your people yet. Confirm who they are first; nothing was asked.`);
      }
      const { library } = await d.library();
      const lessonIds = library.findLesson('crm-compliance') ? ['crm-compliance'] : [];
      const asks: AskAction[] = [];
      for (const owner of chosen.filter((o) => o.stale > 0)) {
        const person = owner.person as Person;
        const stale = view.allStale.get(owner.owner) ?? [];
        d.crm.mapOwner(owner.owner, person.id); // asking them confirms who they are
        const n = owner.stale;
        const ask = d.coaching.create({
          kind: 'ask',
          personId: person.id,
          text: `Bring your ${n} stale ${n === 1 ? 'opportunity' : 'opportunities'} in the CRM up to date`,
          notes: [
            ...stale.slice(0, notesListed).map((opp) => `- ${opp.opportunity}${opp.account ? ` (${opp.account})` : ''}: ${opp.reasons.join(', ')}`),
            ...(stale.length > notesListed ? [`…and ${stale.length - notesListed} more: see the CRM check.`] : []),
          ].join('\n'),
          lessonIds,
          form: 'request',
          confirmations: { how: null, when: expectedBy, help: null },
        }) as AskAction;
        d.crm.linkAsk(ask.id, stale.map((opp) => opp.key));
        asks.push(ask);
      }
      return { asks };
    },
  };
}
