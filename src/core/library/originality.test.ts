// The bundled pack is written in the project's own words: no run of 12 words from the source
// episode's notes may appear in it (names of works and lists of facts are shorter than that).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledContentDir, projectRoot } from '../paths';

const seedDir = path.join(projectRoot(), '..', 'shared', 'seed');
const words = (text: string) => text.toLowerCase().replace(/[’']/g, "'").match(/[a-z0-9']+/g) ?? [];

describe('bundled content originality', () => {
  it.skipIf(!existsSync(seedDir))('copies no sentence of the source episode', () => {
    const run = 12;
    const seed = readdirSync(seedDir).flatMap((f) => words(readFileSync(path.join(seedDir, f), 'utf8')));
    const shingles = new Set<string>();
    for (let i = 0; i + run <= seed.length; i++) shingles.add(seed.slice(i, i + run).join(' '));
    const copied: string[] = [];
    for (const file of readdirSync(bundledContentDir())) {
      const text = words(readFileSync(path.join(bundledContentDir(), file), 'utf8'));
      for (let i = 0; i + run <= text.length; i++) {
        const shingle = text.slice(i, i + run).join(' ');
        if (shingles.has(shingle)) copied.push(`${file}: ${shingle}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
