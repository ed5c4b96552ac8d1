// Podcasting 2.0 JSON chapters (`{ version, chapters: [{ startTime, title, url, img, toc }] }`) →
// chapters in time order. Chapters hidden from the table of contents (`toc: false`) and untitled
// ones are left out; links and images are kept only when they are web addresses.
import { FulcrumError } from '../../../shared/errors';
import type { Chapter } from '../feedTypes';
import { httpUrl } from './feedUrls';
import { jsonSeconds } from './timecodes';

const unreadable = (what: string): FulcrumError =>
  new FulcrumError('invalid-input', `These chapters could not be read: ${what}. The episode is kept without them.`);

interface RawChapter {
  startTime?: unknown;
  title?: unknown;
  url?: unknown;
  img?: unknown;
  toc?: unknown;
}

export function parseChapters(json: string): Chapter[] {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\ufeff/, ''));
  } catch {
    throw unreadable('the file is not valid JSON');
  }
  const list = (data as { chapters?: unknown } | null)?.chapters;
  if (typeof data !== 'object' || data === null || !Array.isArray(list)) throw unreadable('the JSON has no "chapters" list');
  const chapters: Chapter[] = [];
  const seen = new Set<string>();
  for (const raw of list as RawChapter[]) {
    if (typeof raw !== 'object' || raw === null || raw.toc === false) continue;
    const start = jsonSeconds(raw.startTime);
    const title = typeof raw.title === 'string' ? raw.title.replace(/\s+/g, ' ').trim() : '';
    if (start === null || !title) continue;
    const key = `${start}\u0000${title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    chapters.push({
      start,
      title,
      url: typeof raw.url === 'string' ? httpUrl(raw.url) : null,
      img: typeof raw.img === 'string' ? httpUrl(raw.img) : null,
    });
  }
  return chapters.sort((a, b) => a.start - b.start);
}
