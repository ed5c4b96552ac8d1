// `fulcrum crm`: import with progress, a malformed file refused with its line, stale opportunities
// per owner, and asks for an owner and for all.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fulcrumIn } from '../../test/support/cli';
import { crmExport, generatedRows } from '../../test/support/crmExports';
import { makeTempDir } from '../../test/support/tempDirs';

describe('fulcrum crm', () => {
  it('imports an export, lists what is stale per owner, and asks the owners', async () => {
    const temp = await makeTempDir();
    try {
      const run = (...args: string[]) => fulcrumIn(temp.dir, ...args);
      await run('person', 'add', '--name', 'Dana Whitfield', '--relation', 'salesperson');
      await run('person', 'add', '--name', 'Lee Marsh', '--relation', 'salesperson');
      const file = path.join(temp.dir, 'report.csv');
      await writeFile(file, crmExport(generatedRows(300, ['Dana Whitfield', 'Lee Marsh'], '2020-01-01'), { crm: 'hubspot', delimiter: ';', dates: 'dotted', bom: true }));
      const imported = await run('crm', 'import', file);
      expect(imported).toMatchObject({ code: 0, stdout: 'Imported 300 opportunities from report.csv (HubSpot columns). See them with: fulcrum crm stale\n' });
      expect(imported.stderr).toMatch(/Reading report\.csv: 100%, [\d,]+ rows\n$/);

      const stale = await run('crm', 'stale', '--owner', 'Lee Marsh');
      expect(stale.stdout).toMatch(/^report\.csv, imported \d{4}-\d{2}-\d{2}: 300 opportunities\n\nLee Marsh: \d+ stale of 150 · Lee Marsh \(suggested\)\n/);
      expect(stale.stdout).not.toContain('Dana Whitfield:');

      const one = await run('crm', 'ask', '--owner', 'Lee Marsh', '--expected-by', '2030-01-10');
      expect(one.stdout).toMatch(/^Asked Lee Marsh: Bring your \d+ stale opportunities in the CRM up to date \([0-9a-f-]+\)\n$/);
      const all = JSON.parse((await run('crm', 'ask', '--all', '--expected-by', '2030-01-10', '--json')).stdout) as Array<{ personName: string }>;
      expect(all.map((a) => a.personName).sort()).toEqual(['Dana Whitfield', 'Lee Marsh']);
      expect((await run('crm', 'stale')).stdout).toContain('Asks made from CRM imports:');

      await writeFile(file, 'Deal Name,Deal owner\n"Broken,Dana Whitfield\n');
      const bad = await run('crm', 'import', file);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('line 2: a value opened with a quote (") is never closed');
      expect((await run('crm', 'ask', '--expected-by', '2030-01-10')).stderr).toContain('crm ask needs --owner NAME');
      const mapped = path.join(temp.dir, 'mapping.json');
      await writeFile(mapped, '{"opportunity": "Deal", "owner": "Rep"}');
      await writeFile(file, 'Deal,Rep\nRenewal,Dana Whitfield\n');
      expect((await run('crm', 'import', file, '--mapping', mapped)).stdout).toContain('Imported 1 opportunity from report.csv (columns as mapped)');
    } finally {
      await temp.cleanup();
    }
  });
});
