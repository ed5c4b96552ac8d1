// The benchmark's fixed query mix, deterministic for a seed: short prefixes, finished words,
// natural questions, filtered queries, "search as you type" keystroke sequences, words the corpus
// does not have, and corpus words with one typo (which remember the word and document they meant).
import { isStopWord, words } from '../src/core/search/text';
import type { SearchQuery } from '../src/shared/contract';
import { Random, hash32, salesWords, syllable, tagList, type Corpus } from './corpus';

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
  | 'typing: space'
  | 'zero-hit'
  | 'one typo';

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
  'zero-hit',
  'one typo',
];

/** What a one-typo query meant: the corpus word before the edit and the document it came from. */
export interface TypoIntent {
  word: string;
  docNumber: number;
}

export interface BenchQuery {
  classes: QueryClass[];
  query: SearchQuery;
  intent?: TypoIntent;
}

/** The four kinds of one-letter edit a typo is made of. */
const edits = ['insert', 'delete', 'substitute', 'transpose'] as const;
const letters = 'abcdefghijklmnopqrstuvwxyz';

/** `word` with one edit at a random place; may return the word itself (a swap of equal letters). */
export function oneEdit(word: string, random: Random): string {
  const edit = random.pick(edits);
  const at = random.int(0, word.length - 1);
  switch (edit) {
    case 'insert':
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at);
    case 'delete':
      return word.slice(0, at) + word.slice(at + 1);
    case 'substitute':
      return word.slice(0, at) + random.pick([...letters.replace(word[at] as string, '')]) + word.slice(at + 1);
    case 'transpose': {
      const i = Math.min(at, word.length - 2);
      return word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
    }
  }
}

/**
 * A word no corpus document holds, nor any word one edit away from one: vocabulary words never
 * contain "x" twice, and no single edit can remove both x's of "xqx…".
 */
export function absentWord(random: Random): string {
  return `xqx${syllable(random)}${syllable(random)}`;
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

/** A query mix of about `total` queries, split evenly over the seven kinds of query. */
export function buildQueryMix(corpus: Corpus, total: number, seed: number): BenchQuery[] {
  const count = Math.max(1, Math.ceil(total / 7));
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

  for (let i = 0; i < count; i++) {
    const absent = Array.from({ length: random.int(1, 2) }, () => absentWord(random));
    add('zero-hit', `${absent.join(' ')} `);
  }

  // A typo of a word some document holds, finished with a space so it is not read as a prefix.
  // Both the word and its typo have 5 letters or more: shorter words are not corrected (too many
  // neighbours). Edits that land on another corpus word are not typos and are drawn again.
  const known = new Set(vocab);
  const candidates = (n: number) => {
    const doc = corpus.document(n);
    return words(`${doc.title} ${doc.body}`).filter((w) => w.length >= 5 && !isStopWord(w) && /^[a-z]+$/.test(w));
  };
  for (let i = 0, guard = 0; i < count && guard < count * 20; guard++) {
    const docNumber = random.int(0, corpus.docs - 1);
    const word = random.pick(candidates(docNumber));
    if (!word) continue;
    const typo = oneEdit(word, random);
    if (typo === word || typo.length < 5 || known.has(typo)) continue;
    mix.push({ classes: ['one typo'], query: { q: `${typo} `, limit: 30 }, intent: { word, docNumber } });
    i++;
  }
  return mix;
}
