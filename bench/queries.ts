// The benchmark's fixed query mix, deterministic for a seed: short prefixes, finished words,
// natural questions, filtered queries and "search as you type" keystroke sequences.
import type { SearchQuery } from '../src/shared/contract';
import { Random, hash32, salesWords, tagList, type Corpus } from './corpus';

export type QueryClass =
  | 'prefix 1-3 chars'
  | 'whole word'
  | 'question 2-5 words'
  | 'filtered (kinds…)'
  | 'typing: all keys'
  | 'typing: 1st char'
  | 'typing: 2nd char'
  | 'typing: 3rd char'
  | 'typing: 4th+ char'
  | 'typing: space';

export const queryClasses: readonly QueryClass[] = [
  'prefix 1-3 chars',
  'whole word',
  'question 2-5 words',
  'filtered (kinds…)',
  'typing: all keys',
  'typing: 1st char',
  'typing: 2nd char',
  'typing: 3rd char',
  'typing: 4th+ char',
  'typing: space',
];

export interface BenchQuery {
  classes: QueryClass[];
  query: SearchQuery;
}

const fixedPrefixes = ['a', 'co', 'pip', 's', 'm', 'fo', 'qu', 'ter', 'acc', 'cr', 'b', 'st', 'th', 'pr', 'man', 'c', 'de', 'mo'];
const verbs = ['ask', 'mandate', 'share', 'coach', 'forecast', 'close', 'qualify', 'negotiate', 'escalate', 'inspect', 'hire', 'motivate', 'confirm', 'review', 'run', 'fix', 'handle', 'improve'];
const nouns = ['pipeline', 'forecast', 'quota', 'deal', 'rep', 'reps', 'team', 'territory', 'crm', 'one-on-one', 'review', 'commit', 'champion', 'renewal', 'discount', 'objection', 'playbook', 'feedback', 'hygiene', 'accountability', 'confirmation', 'meeting', 'buyer', 'budget', 'onboarding'];
const templates: ReadonlyArray<(r: Random) => string> = [
  (r) => `how do I ${r.pick(verbs)} a ${r.pick(nouns)}`,
  (r) => `what makes a good ${r.pick(nouns)} ${r.pick(nouns)}`,
  (r) => `why does my ${r.pick(nouns)} ${r.pick(verbs)}`,
  (r) => `${r.pick(nouns)} ${r.pick(nouns)}`,
  (r) => `when should a manager ${r.pick(verbs)} the ${r.pick(nouns)}`,
  (r) => `${r.pick(verbs)} ${r.pick(nouns)} ${r.pick(nouns)} ${r.pick(salesWords)}`,
  (r) => `what to do when a rep ignores the ${r.pick(nouns)}`,
];

/** A query mix of about `total` queries, split evenly over the five kinds of query. */
export function buildQueryMix(corpus: Corpus, total: number, seed: number): BenchQuery[] {
  const count = Math.max(1, Math.ceil(total / 5));
  const random = new Random(hash32(seed, 0x9e77));
  const vocab = corpus.vocabulary.words;
  const content = (from: number, to: number) => vocab[random.int(from, Math.min(to, vocab.length - 1))] as string;
  const mix: BenchQuery[] = [];
  const add = (cls: QueryClass, q: string, more: Partial<SearchQuery> = {}) => mix.push({ classes: [cls], query: { q, limit: 30, ...more } });

  for (let i = 0; i < count; i++) {
    if (i < fixedPrefixes.length) add('prefix 1-3 chars', fixedPrefixes[i] as string);
    else {
      const source = random.next() < 0.6 ? random.pick(salesWords) : content(100, 5000);
      add('prefix 1-3 chars', source.slice(0, random.int(1, Math.min(3, source.length))));
    }
  }
  for (let i = 0; i < count; i++) {
    const u = random.next();
    // Finished words (the space after them says "not a prefix"): common, middling and rare.
    const word = u < 0.5 ? random.pick(salesWords) : u < 0.8 ? content(100, 3000) : content(10_000, vocab.length);
    add('whole word', `${word} `);
  }
  for (let i = 0; i < count; i++) add('question 2-5 words', random.pick(templates)(random));
  const filters: ReadonlyArray<() => Partial<SearchQuery>> = [
    () => ({ kinds: ['lesson'] }),
    () => ({ kinds: ['episode'] }),
    () => ({ kinds: ['article'] }),
    () => ({ kinds: ['episode', 'article'] }),
    () => ({ kinds: ['lesson'], modes: [random.pick(['ask', 'share', 'mandate'] as const)] }),
    () => ({ tags: [random.pick(tagList)] }),
  ];
  for (let i = 0; i < count; i++) {
    const u = random.next();
    const q = u < 0.4 ? random.pick(templates)(random) : u < 0.7 ? `${random.pick(salesWords)} ` : random.pick(salesWords).slice(0, random.int(1, 4));
    add('filtered (kinds…)', q, random.pick(filters)());
  }

  // Search as you type: every keystroke of a phrase is a query.
  let keystrokes = 0;
  while (keystrokes < count) {
    const u = random.next();
    const phrase = u < 0.4 ? random.pick(salesWords) : u < 0.7 ? `${random.pick(nouns)} ${random.pick(nouns)}` : random.pick(templates)(random);
    for (let i = 1; i <= phrase.length; i++) {
      const q = phrase.slice(0, i);
      const typed = /(\S*)$/.exec(q)?.[1]?.length ?? 0;
      const cls: QueryClass = typed === 0 ? 'typing: space' : typed === 1 ? 'typing: 1st char' : typed === 2 ? 'typing: 2nd char' : typed === 3 ? 'typing: 3rd char' : 'typing: 4th+ char';
      mix.push({ classes: ['typing: all keys', cls], query: { q, limit: 30 } });
      keystrokes++;
    }
  }
  return mix;
}
