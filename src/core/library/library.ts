// The loaded content pack: items and lessons by id, listing with filters, rendering on demand.
import type { LibraryQuery } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import type { ItemDetail, ItemSummary, LessonRef, SearchFacets } from '../../shared/contract';
import type { ParsedItem, ParsedSection } from './parseItem';
import { renderHtml, type LinkContext } from './renderHtml';

export interface LessonRecord {
  lesson: LessonRef;
  item: ParsedItem;
  section: ParsedSection;
}

export class Library {
  readonly #items = new Map<string, ParsedItem>();
  readonly #lessons = new Map<string, LessonRecord>();

  constructor(items: ParsedItem[]) {
    for (const item of items) {
      if (this.#items.has(item.summary.id)) continue;
      this.#items.set(item.summary.id, item);
      for (const section of item.sections) {
        if (section.lesson && !this.#lessons.has(section.lesson.id)) {
          this.#lessons.set(section.lesson.id, { lesson: section.lesson, item, section });
        }
      }
    }
  }

  get itemCount(): number {
    return this.#items.size;
  }
  get lessonCount(): number {
    return this.#lessons.size;
  }

  items(): Iterable<ParsedItem> {
    return this.#items.values();
  }

  list(query: LibraryQuery): ItemSummary[] {
    const tag = query.tag?.toLowerCase();
    const result = [...this.#items.values()]
      .map((item) => item.summary)
      .filter((s) => (!query.kind || s.kind === query.kind) && (!query.show || s.show === query.show) && (!tag || s.tags.includes(tag)));
    const byTitle = (a: ItemSummary, b: ItemSummary) => a.title.localeCompare(b.title);
    if (query.sort === 'title') return result.sort(byTitle);
    const direction = query.sort === 'oldest' ? 1 : -1;
    return result.sort((a, b) => direction * a.date.localeCompare(b.date) || byTitle(a, b));
  }

  facets(): Omit<SearchFacets, 'people'> {
    const shows = new Set<string>();
    const tags = new Set<string>();
    for (const { summary } of this.#items.values()) {
      shows.add(summary.show);
      for (const tag of summary.tags) tags.add(tag);
    }
    return { shows: [...shows].sort(), tags: [...tags].sort() };
  }

  findItem(id: string): ParsedItem | undefined {
    return this.#items.get(id);
  }

  findLesson(id: string): LessonRecord | undefined {
    return this.#lessons.get(id);
  }

  item(id: string): ParsedItem {
    const item = this.#items.get(id);
    if (!item) throw new FulcrumError('not-found', `There is no item "${id}" in the library. It may have been removed from the content pack.`);
    return item;
  }

  lesson(id: string): LessonRecord {
    const record = this.#lessons.get(id);
    if (!record) throw new FulcrumError('not-found', `There is no lesson "${id}" in the library. Search for the lesson to find its current id.`);
    return record;
  }

  linkContext(item: ParsedItem): LinkContext {
    return {
      fromDir: item.file.includes('/') ? item.file.slice(0, item.file.lastIndexOf('/')) : '',
      itemOfLesson: (lessonId) => this.#lessons.get(lessonId)?.item.summary.id,
    };
  }

  detail(id: string): ItemDetail {
    const item = this.item(id);
    const context = this.linkContext(item);
    return {
      ...item.summary,
      sections: item.sections.map((section) =>
        section.lesson
          ? { type: 'lesson', lesson: section.lesson, html: renderHtml(section.nodes, context) }
          : { type: 'text', html: renderHtml(section.nodes, context) },
      ),
    };
  }

  lessonHtml(id: string): string {
    const record = this.lesson(id);
    return renderHtml(record.section.nodes, this.linkContext(record.item));
  }
}
