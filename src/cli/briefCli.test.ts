// `fulcrum brief`: make a brief from the command line and export it to share.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import type { Brief } from '../shared/contract';
import { fulcrumIn } from '../../test/support/cli';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const fulcrum = (...args: string[]) => fulcrumIn(temp.dir, ...args);

describe('fulcrum brief', () => {
  it('creates a brief, adds lessons with comments, lists and exports it', async () => {
    const brief = JSON.parse((await fulcrum('brief', 'create', '--title', 'Q3 kickoff', '--text', 'Start with asks.', '--json')).stdout) as Brief;
    expect((await fulcrum('brief', 'add', brief.id, '--lesson', 'three-confirmations', '--text', 'Our habit for Q3.')).stdout).toBe('Brief "Q3 kickoff" now holds 1 lesson\n');
    expect((await fulcrum('brief', 'add', brief.id, '--lesson', 'crm-compliance')).code).toBe(0);
    expect((await fulcrum('brief', 'list')).stdout).toBe(`${brief.id}  Q3 kickoff  (2 lessons: three-confirmations, crm-compliance)\n`);
    const refused = await fulcrum('brief', 'add', brief.id, '--lesson', 'no-such-lesson');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/No lesson is called "no-such-lesson"/);

    const out = path.join(temp.dir, 'brief.md');
    const exported = await fulcrum('brief', 'export', brief.id, '--format', 'md', '--out', out);
    expect(exported.stdout).toBe(`Exported brief ${brief.id} to ${out}\nShare: 2 lessons from the library with your introduction and comments. No journal text, people or actions.\n`);
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toMatch(/^# Q3 kickoff\n\nStart with asks\.\n\n## The three confirmations[^\n]*\n\nFrom [^\n]*\n\n> Our habit for Q3\./);
  });
});
