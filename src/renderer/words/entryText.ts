// Plain-text views of an entry's Markdown, for lists and previews (never rendered as HTML).
// The full text is shown by EntryBody.
import { linksAsLabels } from '../../shared/inlineLinks';

export function entryTitle(entry: { title: string }): string {
  return entry.title.trim() || 'Untitled entry';
}

/**
 * The first lines of the body, without Markdown punctuation: links read as their labels, and a
 * template's headings and unanswered prompts ("- The ask:") are left out.
 */
export function entryExcerpt(body: string, maxLength = 180): string {
  const lines = linksAsLabels(body)
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .map((line) =>
      line
        .replace(/^\s*(>\s?|[-*+]\s+|\d+[.)]\s+)/, '')
        .replace(/\[((?:\\.|[^\\\]])*)\]\(https?:[^\s)]*\)/g, (_, label: string) => label.replace(/\\([\\[\]])/g, '$1'))
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter((line) => line !== '' && line !== '-' && !/^[^:]{1,80}:$/.test(line))
    .slice(0, 3)
    .join(' ');
  return lines.length > maxLength ? `${lines.slice(0, maxLength - 1).trimEnd()}…` : lines;
}
