// The people list at a glance, and teams: counts per person this quarter, last and next 1:1, and
// managers that must be real people with no loop up the line.
import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import { quarterStart } from './overview';

const fixture = coreForEachTest('2025-05-14T09:00:00'); // a Wednesday in Q2

describe('people at a glance', () => {
  it('counts open asks, overdue follow-ups, mandates and the ask share this quarter, and knows the 1:1s and the teams', async () => {
    const { client } = fixture;
    const sam = await client.people.create({ name: 'Sam Okafor', relation: 'sales-manager', team: 'West' });
    const dana = await client.people.create({ name: 'Dana Whitfield', relation: 'salesperson', team: 'West', managerId: sam.id });
    await client.people.create({ name: 'Lee Marsh', relation: 'salesperson', team: 'East', managerId: sam.id });
    await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Update the CRM', date: '2025-05-01', confirmations: { when: '2025-05-09' } });
    await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Book the QBR', date: '2025-05-12' });
    await client.actions.create({ kind: 'share', personId: dana.id, text: 'A story', category: 'story', date: '2025-04-02' });
    await client.actions.create({ kind: 'mandate', personId: dana.id, text: 'Forecast on Fridays', date: '2025-05-02' });
    await client.actions.create({ kind: 'mandate', personId: dana.id, text: 'Last quarter', date: '2025-03-20' });
    await client.oneOnOnes.schedule({ personId: dana.id, cadence: 'weekly', day: 5, startsOn: '2025-05-01' });
    await client.oneOnOnes.start({ personId: dana.id });

    const overview = await client.people.overview({});
    expect(overview.quarter).toEqual({ from: '2025-04-01', to: '2025-05-14' });
    expect(overview.teams).toEqual(['East', 'West']);
    expect(overview.askTarget).toBe(0.6);
    const glance = Object.fromEntries(overview.people.map((g) => [g.person.name, g]));
    expect(glance['Dana Whitfield']).toMatchObject({ openAsks: 2, overdue: 1, mandatesThisQuarter: 1, askShare: 0.5, lastOneOnOne: '2025-05-14', nextOneOnOne: { date: '2025-05-16', state: 'upcoming' }, reports: 0 });
    expect(glance['Sam Okafor']).toMatchObject({ openAsks: 0, askShare: null, reports: 2, lastOneOnOne: null, nextOneOnOne: null });
  });

  it('keeps a manager real, never oneself and never a loop; an update that leaves them out keeps team and manager', async () => {
    const { client } = fixture;
    const sam = await client.people.create({ name: 'Sam Okafor', relation: 'sales-manager' });
    const dana = await client.people.create({ name: 'Dana Whitfield', relation: 'salesperson', managerId: sam.id, team: 'West' });
    await expect(client.people.update({ id: sam.id, name: 'Sam Okafor', relation: 'sales-manager', managerId: dana.id })).rejects.toThrow(/already reports, directly or through others/);
    await expect(client.people.update({ id: sam.id, name: 'Sam Okafor', relation: 'sales-manager', managerId: sam.id })).rejects.toThrow(/cannot report to themselves/);
    await expect(client.people.create({ name: 'X', relation: 'other', managerId: 'nobody' })).rejects.toThrow(/manager is not in your journal/);
    const renamed = await client.people.update({ id: dana.id, name: 'Dana Ortiz', relation: 'salesperson' });
    expect(renamed).toMatchObject({ name: 'Dana Ortiz', team: 'West', managerId: sam.id });
    expect((await client.people.update({ id: dana.id, name: 'Dana Ortiz', relation: 'salesperson', team: '', managerId: null }))).toMatchObject({ team: '', managerId: null });
  });

  it('counts quarters from January, April, July and October', () => {
    expect(['2025-01-01', '2025-03-31', '2025-04-01', '2025-08-15', '2025-12-31'].map(quarterStart)).toEqual(['2025-01-01', '2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']);
  });
});
