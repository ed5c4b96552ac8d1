// The feed fixtures in test/fixtures/feeds/, read as the fetcher would hand them over: bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const feedFixtureDir = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));

export function feedFixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
}

export function feedFixtureText(name: string): string {
  return feedFixture(name).toString('utf8');
}
