// A deterministic synthetic library for the search benchmark: episodes, articles and lessons with
// transcripts of ~1,900 words, titles, tags, shows and people, shaped like the future library.
//
// Nothing is held in memory but the vocabulary: documents are generated lazily from their number,
// so the index can be built over 50k transcripts without the corpus itself taking the memory, and
// a snippet's text is regenerated from the document's number (as the app fetches it from storage).
//
// Word frequencies follow a Zipf-Mandelbrot law over a ranked vocabulary: common English function
// words first (mostly stop words), then ~300 real sales-leadership words spread over the frequent
// ranks, and tens of thousands of made-up word forms built from syllables (with English endings,
// so stems group some of them). Each document also has a few topic words it repeats. Marker words
// that the vocabulary can never produce (they start with "x") are planted in known documents.
import type { IndexedDocument, SearchDocument, TextSource } from '../src/core/search/searchDocument';
import type { LessonMode, ResultKind } from '../src/shared/contract';

// ---------------------------------------------------------------------------------------------
// Random numbers: small, fast, seedable. Each document has its own streams, derived from
// (seed, document number, stream), so any document can be regenerated on its own.

/** A 32-bit hash of a few integers (murmur3-style finalizer over a running mix). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** sfc32: a small fast counter-based PRNG. `next()` is uniform in [0, 1). */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    this.#a = hash32(seed, 1);
    this.#b = hash32(seed, 2);
    this.#c = hash32(seed, 3);
    this.#d = 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** The most frequent words of spoken English, most of them stop words (dropped at indexing). */
const functionWords = `the and to of a i that you it in is we is was for so on they what this have with be but
  are not do at if about just my your can all as like there our or one when get know think from
  he them going an out really people very more me she how would up because then were had which
  who some go their been by said those these say us now want right here also any his her thing
  things way time much make good other did where well lot into even than could over only back
  kind actually does why let will first need maybe still should many every each yes no never`.split(/\s+/);

/** Real sales-leadership words, in several forms, spread over the frequent ranks. */
export const salesWords: readonly string[] = `ask asking asked asks mandate mandates mandating mandated share sharing shared
  pipeline pipelines forecast forecasts forecasting quota quotas confirmation confirmations confirm confirmed
  accountability accountable crm coaching coach coached coaches territory territories deal deals customer
  customers buyer buyers rep reps manager managers leader leaders leadership team teams sales seller sellers
  selling sell sold revenue target targets commit committed commitment upside close closing closed won lost
  opportunity opportunities prospect prospects prospecting prospected lead leads qualify qualified
  qualification discovery demo demos proposal proposals contract contracts negotiation negotiate negotiating
  discount discounts pricing price value champion champions stakeholder stakeholders decision decisions
  budget budgets timeline timelines homework renewal renewals churn expansion upsell account accounts
  enterprise segment segments vertical quarter quarterly annual review reviews meeting meetings call calls
  calendar cadence activity activities metrics metric dashboard dashboards report reporting hygiene data
  update updates compliance trust feedback one-on-one onboarding hiring hire hired interview interviews
  culture motivation motivate motivated incentive incentives compensation commission bonus plan plans
  planning strategy strategic execution execute executing playbook playbooks process processes methodology
  stage stages funnel conversion velocity cycle cycles win rate rates objection objections rapport empathy
  listening questions question insight insights challenger consultative solution solutions pain urgency
  risk risks escalate escalation escalating ladder ladders skill skills training enablement ramp ramping
  performance underperformance improvement expectations expectation standard standards goal goals
  priorities priority focus clarity alignment align aligned autonomy ownership responsibility feedback
  recognition praise conflict difficult conversation conversations resistance change changes transformation
  adoption tool tools tooling automation email emails outreach sequence sequences follow-up followup
  referral referrals partner partners channel channels inbound outbound marketing handoff handoffs sdr
  bdr ae vp cro director executive executives board sponsor sponsors procurement legal security approval
  approvals signature signed paperwork kickoff implementation success retention health score scoring
  forecasted backlog bookings booked attainment overachievement accelerator accelerators spiff spiffs
  benchmark benchmarks baseline trend trends inspection inspect inspecting evidence proof roi business
  case cases outcome outcomes milestone milestones next step steps mutual action agreement agreements
  ritual rituals habit habits discipline standup huddle whiteboard roleplay role-play shadowing
  mentor mentoring mentored`.split(/\s+/);

const onsets = ['b', 'br', 'c', 'ch', 'cl', 'cr', 'd', 'dr', 'f', 'fl', 'fr', 'g', 'gl', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'qu', 'r', 's', 'sc', 'sh', 'sl', 'sp', 'st', 't', 'th', 'tr', 'v', 'w', 'wh', 'z'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ee', 'io', 'oo', 'ou', 'y'];
const codas = ['', '', '', 'n', 'r', 'l', 's', 't', 'm', 'nd', 'st', 'ck', 'ng', 'rt', 'mp'];
const endings = ['', '', '', '', 's', 'ed', 'ing', 'er', 'ers', 'ly', 'tion', 'ment', 'ness', 'able', 'ive', 'al', 'ity', 'ism'];

export function syllable(random: Random): string {
  return random.pick(onsets) + random.pick(vowels) + random.pick(codas);
}

export interface Vocabulary {
  /** Word forms by rank, most frequent first. */
  words: string[];
  /** Zipf sampler over the ranks (Vose's alias method: O(1) per draw). */
  sample(random: Random): string;
}

/**
 * A ranked vocabulary of `size` distinct word forms, deterministic for a seed: function words,
 * then sales words interleaved with syllable-built words (shorter ones at the frequent ranks).
 */
export function buildVocabulary(size: number, seed: number, zipfExponent = 1.0, zipfOffset = 2.7): Vocabulary {
  const random = new Random(hash32(seed, 0x70cab));
  const seen = new Set<string>();
  const ranked: string[] = [];
  const push = (word: string) => {
    if (seen.has(word)) return false;
    seen.add(word);
    ranked.push(word);
    return true;
  };
  for (const word of functionWords) push(word);
  const sales = [...new Set(salesWords)].filter((w) => !seen.has(w));
  // Sales words land at ranks ~110, ~115, ~120, … (every fifth rank) among the synthetic words.
  let nextSales = 0;
  let guard = 0;
  while (ranked.length < size && guard++ < size * 50) {
    if (nextSales < sales.length && (ranked.length - functionWords.length) % 5 === 4) {
      push(sales[nextSales++] as string);
      continue;
    }
    // Frequent ranks get short words (Zipf's law of abbreviation), rare ranks longer ones.
    const rankShare = ranked.length / size;
    const syllables = rankShare < 0.02 ? random.int(1, 2) : rankShare < 0.25 ? random.int(1, 3) : random.int(2, 4);
    let word = '';
    for (let i = 0; i < syllables; i++) word += syllable(random);
    if (rankShare > 0.05) word += random.pick(endings);
    if (word.length < 2) continue;
    push(word);
  }
  while (nextSales < sales.length && ranked.length < size) push(sales[nextSales++] as string);

  // Vose's alias method over weights 1 / (rank + 1 + offset)^s.
  const n = ranked.length;
  const weights = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) total += weights[r] = 1 / Math.pow(r + 1 + zipfOffset, zipfExponent);
  const probability = new Float64Array(n);
  const alias = new Uint32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  const scaled = weights.map((w) => (w * n) / total);
  for (let r = n - 1; r >= 0; r--) ((scaled[r] as number) < 1 ? small : large).push(r);
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    probability[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l] as number) < 1 ? small : large).push(l);
  }
  for (const r of [...small, ...large]) probability[r] = 1;

  return {
    words: ranked,
    sample(rand: Random): string {
      const x = rand.next() * n;
      const column = Math.floor(x);
      const index = x - column < (probability[column] as number) ? column : (alias[column] as number);
      return ranked[index] as string;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Shows, people, tags

const showNames = `The Revenue Room|Pipeline Pulse|Quota Crushers|The Sales Leader Podcast|Forecast Friday|Coaching Corner|
  The Closing Table|Territory Talk|Deal Desk Diaries|The Frontline Manager|Accountability Hour|The CRO Files|Ramp Up|
  Win Rate Weekly|The Enablement Show|Commit and Upside|Leading Sellers|The Mandate|Ask Better|Share the Load|
  The Buyer's Side|Champion Building|Revenue Rituals|The One-on-One|Sales Culture Lab|The Quarter End|Discovery Matters|
  The Playbook|Managing Up|Field Notes|The Inside Sales Hour|Channel Chatter|Renewal Radio|The Expansion Play|
  Hiring Sellers|The Sales Floor|Metrics That Matter|The Coaching Ladder|Trust in Sales|Selling Change`.split('|').map((s) => s.trim());

const firstNames = 'Dave Phil Maria Chen Aisha Tom Laura Raj Sofia Ben Grace Omar Nina Lucas Emma Kofi Hana Ivan Zoe Marco Priya Sam Elena Jonas Fatima Leo Mia Ravi Clara Noah'.split(' ');
const lastNames = 'Harris Okafor Lindqvist Moreau Tanaka Patel Schmidt Rossi Novak Adeyemi Fischer Costa Nakamura Brennan Silva Kowalski Haddad Jensen Murphy Duarte'.split(' ');
const organisations = 'Acme Globex Initech Umbrella Hooli Vandelay Stark Wayne Wonka Cyberdyne Soylent Tyrell'.split(' ');

export const tagList: readonly string[] = `asking sharing mandating pipeline forecasting coaching hiring onboarding crm
  accountability territory quota compensation culture feedback one-on-ones deal-reviews negotiation discovery
  prospecting renewals churn expansion enablement metrics leadership trust change-management escalation
  playbooks objections champions procurement pricing conflict motivation remote-teams frontline-managers`.split(/\s+/);
const categories = ['leadership', 'coaching', 'process', 'hiring', 'forecasting', 'pipeline', 'culture', 'skills'];

// ---------------------------------------------------------------------------------------------
// Marker words: never produced by the vocabulary (no onset starts with "x"), planted in known places.

export type MarkerField = 'title' | 'keywords' | 'body';

export interface MarkerSpec {
  word: string;
  field: MarkerField;
  /** Where in the corpus: the document at floor(share × docs). */
  share: number;
  /** For body markers: a short phrase around the marker, planted as one sentence. */
  phrase?: string;
}

export const markerSpecs: readonly MarkerSpec[] = [
  { word: 'xylocantrix', field: 'body', share: 0.13 },
  { word: 'xquorvalent', field: 'body', share: 0.37, phrase: 'the xquorvalent forecast ritual' },
  { word: 'xenbrathic', field: 'title', share: 0.61 },
  { word: 'xoptimund', field: 'keywords', share: 0.89 },
  { word: 'xavandrel', field: 'body', share: 0.5, phrase: 'xavandrel pipeline hygiene checklist' },
];

export interface PlantedMarker extends MarkerSpec {
  docNumber: number;
  id: string;
  kind: ResultKind;
}

// ---------------------------------------------------------------------------------------------
// The corpus

export interface CorpusOptions {
  /** How many documents. */
  docs: number;
  /** Mean body length in words (each body is 80–120% of it). */
  words?: number;
  /** Distinct word forms in the vocabulary. */
  vocabulary?: number;
  seed?: number;
}

const kindOf = (u: number): ResultKind => (u < 0.75 ? 'episode' : u < 0.9 ? 'article' : 'lesson');
const modes: readonly LessonMode[] = ['ask', 'share', 'mandate'];
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const stream = { meta: 1, body: 2, topic: 3 } as const;
/** Where a body marker is planted: after this many sentences (or at the end of a shorter body). */
const markerSentence = 40;

export class Corpus {
  readonly docs: number;
  readonly words: number;
  readonly seed: number;
  readonly vocabulary: Vocabulary;
  readonly markers: PlantedMarker[];
  readonly #markersByDoc = new Map<number, PlantedMarker[]>();
  readonly #contentWords: string[];

  constructor(options: CorpusOptions) {
    this.docs = options.docs;
    this.words = options.words ?? 1900;
    this.seed = options.seed ?? 20240601;
    this.vocabulary = buildVocabulary(options.vocabulary ?? 40_000, this.seed);
    this.#contentWords = this.vocabulary.words.slice(functionWords.length, functionWords.length + 3000);
    // Markers need distinct documents: a corpus smaller than twice the number of markers has none.
    this.markers = [];
    if (this.docs >= markerSpecs.length * 2) {
      for (const spec of markerSpecs) {
        const docNumber = Math.min(this.docs - 1, Math.floor(spec.share * this.docs));
        const marker: PlantedMarker = { ...spec, docNumber, kind: this.#kind(docNumber), id: this.idOf(docNumber) };
        this.markers.push(marker);
        this.#markersByDoc.set(docNumber, [...(this.#markersByDoc.get(docNumber) ?? []), marker]);
      }
    }
  }

  #kind(n: number): ResultKind {
    return kindOf(new Random(hash32(this.seed, n, stream.meta)).next());
  }

  idOf(n: number): string {
    return `${this.#kind(n)}-${String(n).padStart(6, '0')}`;
  }

  /** The document number back from an id (`episode-000123` → 123). */
  static numberOf(id: string): number {
    const match = /-(\d+)$/.exec(id);
    if (!match) throw new Error(`not a corpus id: ${id}`);
    return Number(match[1]);
  }

  /** The 3–5 sales words a document keeps coming back to. */
  topicWords(n: number): string[] {
    const random = new Random(hash32(this.seed, n, stream.topic));
    const topics = new Set<string>();
    const count = random.int(3, 5);
    while (topics.size < count) topics.add(random.pick(salesWords));
    return [...topics];
  }

  document(n: number): SearchDocument {
    const random = new Random(hash32(this.seed, n, stream.meta));
    const kind = kindOf(random.next());
    const id = this.idOf(n);
    const topics = this.topicWords(n);
    const markers = this.#markersByDoc.get(n) ?? [];

    const titleLength = random.int(5, 10);
    const titleWords: string[] = [];
    for (let i = 0; i < titleLength; i++) {
      const u = random.next();
      const word =
        u < 0.3 ? random.pick(topics) : u < 0.5 ? random.pick(salesWords) : u < 0.7 ? random.pick(['the', 'of', 'a', 'to', 'and', 'how', 'why', 'your', 'when', 'with']) : random.pick(this.#contentWords);
      titleWords.push(i === 0 || u < 0.5 || u >= 0.7 ? capitalize(word) : word);
    }
    for (const marker of markers) if (marker.field === 'title') titleWords.splice(Math.min(2, titleWords.length), 0, capitalize(marker.word));

    const show = random.pick(showNames);
    const host = `${firstNames[hash32(this.seed, showNames.indexOf(show)) % firstNames.length]} ${lastNames[hash32(this.seed, showNames.indexOf(show), 7) % lastNames.length]}`;
    const guests: string[] = [];
    for (let i = random.int(0, 2); i > 0; i--) guests.push(`${random.pick(firstNames)} ${random.pick(lastNames)}`, random.pick(organisations));
    const tags = new Set<string>();
    for (let i = random.int(2, 4); i > 0; i--) tags.add(random.pick(tagList));
    const keywords = [...tags, show, random.pick(categories), host, ...guests];
    for (const marker of markers) if (marker.field === 'keywords') keywords.push(capitalize(marker.word));

    const day = random.int(0, 365 * 12);
    const date = new Date(Date.UTC(2014, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const doc: SearchDocument = { id, kind, title: titleWords.join(' '), keywords, body: this.body(n), show, tags: [...tags], date };
    if (kind === 'lesson') {
      doc.mode = random.pick(modes);
      doc.itemId = `episode-${String(Math.max(0, n - 1)).padStart(6, '0')}`;
    }
    return doc;
  }

  /** A document's transcript, regenerated from its number alone (what a TextSource would fetch). */
  body(n: number): string {
    const random = new Random(hash32(this.seed, n, stream.body));
    const topics = this.topicWords(n);
    const bodyMarkers = (this.#markersByDoc.get(n) ?? []).filter((m) => m.field === 'body');
    const target = Math.round(this.words * (0.8 + 0.4 * random.next()));
    const parts: string[] = [];
    let written = 0;
    let sentences = 0;
    const plant = () => {
      for (const marker of bodyMarkers) {
        const phrase = marker.phrase ?? `we call it ${marker.word} on our team`;
        parts.push(`${capitalize(phrase)}.`);
        written += phrase.split(' ').length;
      }
    };
    while (written < target) {
      const length = Math.min(target - written, random.int(6, 22));
      const sentence: string[] = [];
      for (let i = 0; i < length; i++) {
        const u = random.next();
        let word = u < 0.04 ? random.pick(topics) : u < 0.05 ? String(random.int(1, 100)) : this.vocabulary.sample(random);
        if (i === 0) word = capitalize(word);
        else if (i < length - 1 && random.next() < 0.06) word += ',';
        sentence.push(word);
      }
      parts.push(sentence.join(' ') + (random.next() < 0.15 ? '?' : '.'));
      written += length;
      if (++sentences === markerSentence) plant();
      if (sentences % 6 === 0) parts.push('\n\n');
    }
    if (sentences < markerSentence) plant();
    return parts.join(' ');
  }

  /** Documents 0…docs-1, generated one at a time. */
  *documents(from = 0, to = this.docs): Generator<SearchDocument> {
    for (let n = from; n < to; n++) yield this.document(n);
  }

  /** Snippet text for an indexed document, regenerated rather than stored. */
  textSource(): TextSource {
    return (doc: IndexedDocument) => this.body(Corpus.numberOf(doc.id));
  }
}
