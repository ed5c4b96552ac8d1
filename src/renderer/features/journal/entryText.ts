// Plain-text views of an entry's Markdown, for lists and previews (never rendered as HTML).

export function entryTitle(entry: { title: string }): string {
  return entry.title.trim() || 'Untitled entry';
}

/** The first lines of the body, without Markdown punctuation. */
export function entryExcerpt(body: string, maxLength = 180): string {
  const lines = body
    .split('\n')
    .map((line) => line.replace(/^\s*(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '').replace(/[*_`]/g, '').trim())
    .filter(Boolean)
    .slice(0, 3)
    .join(' ');
  return lines.length > maxLength ? `${lines.slice(0, maxLength - 1).trimEnd()}…` : lines;
}

/** Paragraphs of the body: blank lines separate them, single line breaks are kept. */
export function bodyParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}
