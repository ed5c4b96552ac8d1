// A short field (titles, keywords) as three small flexsearch indexes, so how well a document's field
// fits a query word comes from which index answered, with no per-document word comparisons: the
// whole word (fit 1), a word of the same stem (0.9), or a word the typed word begins (0.7).
import { Index } from 'flexsearch';
import type { PostingsReader } from './postings';
import type { QueryTerm } from './ranking';
import { stem } from './text';

const splitOnSpace = (text: string) => text.split(' ').filter(Boolean);

const shortFieldFit = { word: 1, stem: 0.9, prefix: 0.7 } as const;

export interface ShortFieldParts {
  words: Index;
  stems: Index;
  prefixes: Index;
}

export class ShortField {
  readonly parts: ShortFieldParts = {
    words: new Index({ tokenize: 'strict', encode: splitOnSpace }),
    stems: new Index({ tokenize: 'strict', encode: splitOnSpace }),
    prefixes: new Index({ tokenize: 'forward', encode: splitOnSpace }),
  };

  readonly #postings: PostingsReader;

  constructor(postings: PostingsReader) {
    this.#postings = postings;
  }

  add(number: number, fieldWords: readonly string[]): void {
    if (fieldWords.length === 0) return;
    const text = fieldWords.join(' ');
    this.parts.words.add(number, text);
    this.parts.stems.add(number, fieldWords.map(stem).join(' '));
    this.parts.prefixes.add(number, text);
  }

  /** Calls `visit` with each document the term reaches and its fit, at most `limit` per lookup. */
  lookup(term: QueryTerm, limit: number, visit: (number: number, fit: number) => void): void {
    if (term.prefix) for (const number of this.#postings.read(this.parts.prefixes, term.word, limit)) visit(number, shortFieldFit.prefix);
    for (const number of this.#postings.read(this.parts.stems, term.stem, limit)) visit(number, shortFieldFit.stem);
    for (const number of this.#postings.read(this.parts.words, term.word, limit)) visit(number, shortFieldFit.word);
  }
}
