// Show notes as a feed gives them (HTML, or plain text) made safe with the same sanitizer as the
// bundled library (rehype-sanitize's GitHub schema: no scripts, styles, frames or event handlers;
// links only to http, https and mailto), relative links resolved against the episode's page. Images
// are kept in what is stored, and shown only when the leader allows them for that show (see
// withoutRemoteImages): a remote image is a tracking pixel until proven otherwise.
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse, { fragment: true });
const sanitizer = unified().use(rehypeSanitize);
const printer = unified().use(rehypeStringify);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Plain text (no tags) as paragraphs: blank lines split them, single line ends break lines. */
function textAsHtml(text: string): string {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

function resolveLinks(base: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties?.[attribute];
        if (typeof value !== 'string' || !base || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('#')) continue;
        try {
          node.properties[attribute] = new URL(value, base).href;
        } catch {
          delete node.properties[attribute];
        }
      }
    });
  };
}

export function sanitizeShowNotes(notes: string, base: string): { html: string; text: string } {
  const source = /<[a-z!/]/i.test(notes) ? notes : textAsHtml(notes);
  const tree = parser.parse(source) as Root;
  resolveLinks(base)(tree);
  const clean = sanitizer.runSync(tree) as Root;
  return { html: printer.stringify(clean).trim(), text: toText(clean, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim() };
}

/** At most this many images of one episode's notes are fetched when the leader allows them. */
const maxImages = 12;

function placeholder(node: Element): Element {
  const alt = typeof node.properties?.alt === 'string' && node.properties.alt.trim() ? node.properties.alt.trim() : 'an image';
  return { type: 'element', tagName: 'span', properties: { className: ['remote-image-off'] }, children: [{ type: 'text', value: `[Image not loaded: ${alt}]` }] };
}

/** The stored notes with every image replaced by its description, for a show whose images stay off. */
export function withoutRemoteImages(html: string): string {
  return imagesReplaced(html, () => null);
}

function imagesReplaced(html: string, source: (src: string) => string | null): string {
  if (!/<img\b/i.test(html)) return html;
  const tree = parser.parse(html) as Root;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return;
    const src = typeof node.properties?.src === 'string' ? source(node.properties.src) : null;
    if (src) node.properties = { src, alt: node.properties?.alt ?? '' };
    else parent.children.splice(index, 1, placeholder(node));
  });
  return printer.stringify(tree).trim();
}

/**
 * For a show whose images the leader allowed: each image of the notes fetched by Fulcrum (web
 * addresses only, at most 12, 2 MB each, real images only) and shown from a data: URL, so the page
 * itself still loads nothing from outside. What cannot be fetched (offline, say) shows as words.
 */
export async function withRemoteImages(html: string, fetchImage: (url: string) => Promise<string | null>): Promise<string> {
  if (!/<img\b/i.test(html)) return html;
  const wanted: string[] = [];
  visit(parser.parse(html) as Root, 'element', (node: Element) => {
    const src = node.tagName === 'img' ? node.properties?.src : undefined;
    if (typeof src === 'string' && /^https?:\/\//i.test(src) && !wanted.includes(src) && wanted.length < maxImages) wanted.push(src);
  });
  const fetched = new Map(await Promise.all(wanted.map(async (url) => [url, await fetchImage(url).catch(() => null)] as const)));
  return imagesReplaced(html, (src) => fetched.get(src) ?? null);
}
