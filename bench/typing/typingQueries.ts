// What the benchmark types: prefixes of corpus words, whole words and short questions of two or
// three words, drawn deterministically from the corpus's vocabulary and its sales words.
import { Corpus, Random, salesWords } from '../corpus';

export type TypedClass = 'prefix' | 'word' | 'question';

export interface TypedQuery {
  class: TypedClass;
  text: string;
}

const askingWords = ['how', 'why', 'when', 'what'];

/** Queries until their characters add up to at least `keystrokes`. */
export function typedQueries(corpus: Corpus, keystrokes: number, seed: number): TypedQuery[] {
  const random = new Random(seed);
  // Ranks past the function words: the corpus's content words, frequent first.
  const vocabulary = corpus.vocabulary.words.slice(150, 4000).filter((word) => word.length >= 4);
  const word = () => (random.next() < 0.5 ? random.pick(salesWords) : random.pick(vocabulary));
  const queries: TypedQuery[] = [];
  let typed = 0;
  while (typed < keystrokes) {
    const u = random.next();
    let query: TypedQuery;
    if (u < 0.4) {
      const whole = word();
      query = { class: 'prefix', text: whole.slice(0, Math.min(whole.length, random.int(3, 6))) };
    } else if (u < 0.7) {
      query = { class: 'word', text: word() };
    } else {
      const words = [random.next() < 0.5 ? random.pick(askingWords) : word(), random.pick(salesWords)];
      if (random.next() < 0.5) words.push(word());
      query = { class: 'question', text: words.join(' ') };
    }
    queries.push(query);
    typed += query.text.length;
  }
  return queries;
}
