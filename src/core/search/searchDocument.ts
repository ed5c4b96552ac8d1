// What the search index holds of a record: the document it is given, and what it keeps of it.
import type { ActionStatus, LessonMode, ResultKind } from '../../shared/contract';

export interface SearchDocument {
  id: string;
  kind: ResultKind;
  title: string;
  /** Short descriptive words: tags, show, people, category. Prefix-searchable. */
  keywords: string[];
  /** Long text, indexed but not kept. */
  body: string;
  itemId?: string;
  mode?: LessonMode;
  show?: string;
  tags?: string[];
  date?: string;
  status?: ActionStatus;
  personId?: string;
  due?: string;
  at?: number;
  chapter?: string;
  hasTranscript?: boolean;
}

export interface IndexedDocument {
  key: string;
  id: string;
  kind: ResultKind;
  title: string;
  itemId?: string;
  mode?: LessonMode;
  show?: string;
  tags: string[];
  date?: string;
  status?: ActionStatus;
  personId?: string;
  due?: string;
  at?: number;
  chapter?: string;
  hasTranscript?: boolean;
  /** The keywords, joined: read again only for the leading hits (phrases), never per query word. */
  keywords: string;
}

/** Fetches the text a snippet is cut from (from the content pack or SQLite), never from the index. */
export type TextSource = (doc: IndexedDocument) => string;
