// The CRM compliance check at size: a Salesforce-shaped export of N opportunities (50,000 unless
// --rows says otherwise, 40 owners, a third of them stale), imported through the contract in 1 MB
// pieces as the app sends them, then the stale view per owner and a find. Times and heap go to
// bench/results/crm-latest.json with a `summary`.
//
//   npm run bench:crm -- [--rows 50000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../src/core/createCore';
import { inProcessClient } from '../../src/core/inProcessClient';
import { bundledContentDir } from '../../src/core/paths';
import { localDate } from '../../src/shared/calendarDays';
import { crmExport, generatedRows } from '../../test/support/crmExports';

const rowsArg = process.argv.indexOf('--rows');
const rows = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 50_000;
const root = path.resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-crm-bench-'));
const ms = (from: number) => Math.round((performance.now() - from) * 10) / 10;

try {
  const core = await createCore({ dataDir: dir, contentDir: bundledContentDir() });
  const client = inProcessClient(core.handlers);
  const text = crmExport(generatedRows(rows, Array.from({ length: 40 }, (_, i) => `Owner ${i}`), localDate(new Date())), { crm: 'salesforce', bom: true, crlf: true, dates: 'us' });
  const started = performance.now();
  const { importId } = await client.crm.importStart({ fileName: 'bench.csv' });
  const piece = 1 << 20;
  let imported = 0;
  for (let at = 0; at < text.length; at += piece) {
    const progress = await client.crm.importChunk({ importId, text: text.slice(at, at + piece), last: at + piece >= text.length });
    imported = progress.done?.rows ?? imported;
  }
  const importMs = ms(started);
  let at = performance.now();
  const view = await client.crm.stale({});
  const staleViewMs = ms(at);
  at = performance.now();
  const found = await client.crm.find({ q: 'renewal 42' });
  const findMs = ms(at);
  const summary = {
    rows: imported,
    megabytes: Math.round((Buffer.byteLength(text) / 1e6) * 10) / 10,
    importSeconds: Math.round(importMs / 10) / 100,
    staleViewMs,
    findMs,
    owners: view.owners.length,
    stale: view.owners.reduce((n, o) => n + o.stale, 0),
    found: found.total,
    heapMb: Math.round((process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers) / 1e6),
  };
  await core.close();
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', 'crm-latest.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), summary }, null, 2)}\n`);
  console.log(summary);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
