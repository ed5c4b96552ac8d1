// The CLI's coaching commands: people, actions and the balance, for scripts and backfills
// (`--date` records past actions). Same contract, same validation, same plain errors as the app.
import type { FulcrumClient } from '../shared/client';
import type { Person } from '../shared/contract';
import { FulcrumError } from '../shared/errors';
import { formatActions, formatBalance, formatPeople } from './coachingFormat';
import { asInput, need, numeric, print, UsageError, type FlagValues, type Output } from './commandKit';

type WithClient = <T>(work: (client: FulcrumClient) => Promise<T>) => Promise<T>;

/** A person given by id, or by their exact name (any case) when that names exactly one person. */
export async function resolvePerson(client: FulcrumClient, given: string): Promise<Person> {
  const everyone = await client.people.list({ includeArchived: true });
  const byId = everyone.find((p) => p.id === given);
  if (byId) return byId;
  const named = everyone.filter((p) => p.name.toLowerCase() === given.trim().toLowerCase());
  if (named.length === 1) return named[0] as Person;
  if (named.length > 1) throw new FulcrumError('invalid-input', `${named.length} people are called "${given}"; use the id instead (fulcrum person list)`);
  throw new FulcrumError('not-found', `no person is called "${given}" (fulcrum person list shows ids; fulcrum person add adds one)`);
}

export async function personCommand(sub: string | undefined, values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  if (sub === 'add') {
    const name = need(values.name, 'person add needs --name NAME');
    const relation = need(values.relation, 'person add needs --relation (sales-manager, salesperson, customer, prospect or other)');
    const person = await withClient(async (c) => {
      const manager = values.manager ? await resolvePerson(c, values.manager) : undefined;
      return c.people.create(asInput({ name, relation, role: values.role, team: values.team, managerId: manager?.id }));
    });
    return print(out, values.json, person, () => `Added ${person.name} (${person.relation}) as ${person.id}\n`);
  }
  if (sub === 'list') {
    const people = await withClient((c) => c.people.list({ includeArchived: values.all ?? false }));
    return print(out, values.json, people, () => formatPeople(people));
  }
  throw new UsageError(`unknown person command "${sub ?? ''}"; use person add or person list`);
}

export async function actionCommand(sub: string | undefined, rest: string[], values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  switch (sub) {
    case 'add': {
      const kind = need(values.kind?.[0], 'action add needs --kind ask, share or mandate');
      const given = need(values.person, 'action add needs --person ID (or an exact name)');
      const text = need(values.text, 'action add needs --text TEXT: what is asked, shared or mandated');
      const expectedBy = values['expected-by'];
      const confirmations = asInput<Record<string, string>>({ how: values.how, help: values['help-needed'], when: kind === 'ask' ? expectedBy : undefined });
      const action = await withClient(async (c) => {
        const person = await resolvePerson(c, given);
        return c.actions.create(asInput({
          kind,
          personId: person.id,
          text,
          lessonIds: values.lesson,
          date: values.date,
          form: values.form,
          confirmations: Object.keys(confirmations).length ? confirmations : undefined,
          // An ask's "when" and a mandate's due date are both "expected by"; a share refuses it, saying why.
          dueDate: kind === 'ask' ? undefined : expectedBy,
          escalates: values.escalates,
          step: numeric(values.step),
          category: values.category,
        }));
      });
      return print(out, values.json, action, () => `Added ${action.kind} ${action.id} for ${action.personName}${action.flags.length ? ` (flagged: ${action.flags.join(', ')})` : ''}\n`);
    }
    case 'list': {
      const actions = await withClient(async (c) => {
        if (values.candidates) return c.actions.candidates();
        const person = values.person ? await resolvePerson(c, values.person) : undefined;
        return c.actions.list(asInput({ personId: person?.id, status: values.status }));
      });
      return print(out, values.json, actions, () => formatActions(actions, values.candidates ? 'No mandate candidates: no ask is overdue or missed.' : 'No actions.'));
    }
    case 'done': {
      const id = need(rest[0], 'action done needs the id of an ask or mandate');
      const action = await withClient((c) => c.actions.setStatus({ id, status: 'done' }));
      return print(out, values.json, action, () => `Marked ${action.kind} ${action.id} done\n`);
    }
    case 'missed': {
      const id = need(rest[0], 'action missed needs the id of an ask or mandate');
      const action = await withClient((c) => c.actions.setStatus({ id, status: 'missed' }));
      return print(out, values.json, action, () => `Marked ${action.kind} ${action.id} missed\n`);
    }
    case 'escalate': {
      const id = need(rest[0], 'action escalate needs the id of an overdue or missed ask (see fulcrum action list --candidates)');
      const result = await withClient((c) => c.actions.escalate(asInput({ id, text: values.text, dueDate: values['expected-by'], step: numeric(values.step) })));
      return print(out, values.json, result, () => `Escalated ${result.from.kind} ${result.from.id} to mandate ${result.mandate.id} (ladder step ${result.mandate.step})\n`);
    }
    default:
      throw new UsageError(`unknown action command "${sub ?? ''}"; use action add, list, done, missed or escalate`);
  }
}

export async function balanceCommand(values: FlagValues, withClient: WithClient, out: Output): Promise<void> {
  const report = await withClient(async (c) => {
    const person = values.person ? await resolvePerson(c, values.person) : undefined;
    return c.balance.report(asInput({ weeks: numeric(values.weeks), personId: person?.id }));
  });
  return print(out, values.json, report, () => formatBalance(report));
}
