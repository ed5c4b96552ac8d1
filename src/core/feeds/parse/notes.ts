// An episode's show notes as the feed gives them: the longest of `content:encoded`, `description`
// and `itunes:summary` (feeds often put a teaser in one and everything in another; the first wins a
// tie). HTML a feed forgot to escape arrives as elements and is turned back into markup.
import { childOf, innerMarkup, type XmlElement } from './xmlTree';

const noteElements = ['content:encoded', 'description', 'itunes:summary', 'summary', 'content', 'itunes:subtitle'];

export function notesOf(item: XmlElement): string {
  let notes = '';
  for (const name of noteElements) {
    const el = childOf(item, name);
    if (!el) continue;
    const text = (el.children.length > 0 ? innerMarkup(el) : el.text).trim();
    if (text.length > notes.length) notes = text;
  }
  return notes;
}
