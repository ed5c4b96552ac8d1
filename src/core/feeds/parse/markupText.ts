// HTML fragments → plain text, for the few places a parser needs words rather than markup (an Atom
// title of type html, an HTML transcript). Not a sanitizer: notes stay HTML and the store sanitizes them.
import { decodeHTMLStrict } from 'entities/decode';

/** Drops scripts, styles, comments and tags, decodes entities and collapses white space. */
export function markupText(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>?/g, ' ');
  return decodeHTMLStrict(withoutTags).replace(/\s+/g, ' ').trim();
}
