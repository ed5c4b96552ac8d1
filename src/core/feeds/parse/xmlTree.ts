// XML text → a small tree of plain elements, the one place the feeds domain touches fast-xml-parser.
// Safety first: DOCTYPE entities are never expanded (processEntities off), entities and character
// references are decoded here in one pass, element names are kept as data (never object keys), and
// namespace prefixes are mapped to the names the readers know whatever prefix a feed declares.
import { decodeHTMLStrict } from 'entities/decode';
import { XMLParser } from 'fast-xml-parser';
import { wrapLongText } from './longText';

export interface XmlElement {
  /** Lowercase, with a known namespace's usual prefix (`itunes:duration`, `podcast:person`). */
  name: string;
  /** Lowercase attribute names, decoded values; a null-prototype record. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded, CDATA kept verbatim. */
  text: string;
  /** Text and child elements in document order, for mixed content (inline XHTML in notes). */
  content: Array<string | XmlElement>;
}

/** Namespace URIs (lowercased, without a trailing slash) → the prefix the readers use. */
const knownNamespaces: ReadonlyArray<[string, string]> = [
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['https://podcastindex.org/namespace/1.0', 'podcast'],
  ['https://github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md', 'podcast'],
  ['http://www.w3.org/2005/atom', 'atom'],
  ['http://purl.org/rss/1.0/modules/content', 'content'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://purl.org/dc/elements/1.1', 'dc'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['http://purl.org/rss/1.0', ''],
];

const prefixOfUri = new Map(knownNamespaces);

function normalizedUri(uri: string): string {
  return uri.trim().toLowerCase().replace(/\/+$/, '');
}

const textKey = '#text';
const cdataKey = '#cdata';
const attrsKey = ':@';
const attrPrefix = '@_';
/** Names fast-xml-parser refuses as tags (it throws on them): renamed so such a feed still parses. */
const reservedNames = new Set(['__proto__', 'constructor', 'prototype']);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: attrPrefix,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: cdataKey,
  transformTagName: (name: string) => (reservedNames.has(name) ? `x-${name}` : name),
  maxNestedTags: 200,
});

type RawNode = Record<string, unknown>;

/** Decodes the five XML entities, character references and HTML's named ones; unknown ones stay as text. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** Parses XML into its root element (the first element at the top). Throws the library's error on broken XML. */
export function readXml(text: string): XmlElement | null {
  const nodes = parser.parse(wrapLongText(text)) as RawNode[];
  const roots = convert(nodes, new Map());
  return roots[0] ?? null;
}

function convert(nodes: RawNode[], scope: Map<string, string>): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const key = Object.keys(node).find((k) => k !== attrsKey);
    if (key === undefined || key === textKey || key === cdataKey) continue;
    out.push(element(key, node, scope));
  }
  return out;
}

const voidElements = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeMarkup = (text: string): string => text.replace(/[&<>"]/g, (c) => escapes[c] ?? c);

/** An element's content as markup again: inline XHTML (Atom `type="xhtml"`, or HTML a feed forgot to escape). */
export function innerMarkup(el: XmlElement): string {
  return el.content
    .map((part) => {
      if (typeof part === 'string') return escapeMarkup(part);
      const attrs = Object.entries(part.attrs)
        .filter(([name]) => !name.startsWith('xmlns'))
        .map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
        .join('');
      const tag = part.name.replace(/^[^:]*:/, '');
      if (voidElements.has(tag)) return `<${tag}${attrs}>`;
      return `<${tag}${attrs}>${innerMarkup(part)}</${tag}>`;
    })
    .join('');
}

function element(rawName: string, node: RawNode, outer: Map<string, string>): XmlElement {
  const attrs: Record<string, string> = Object.create(null);
  const rawAttrs = (node[attrsKey] ?? {}) as Record<string, unknown>;
  let scope = outer;
  for (const [rawKey, value] of Object.entries(rawAttrs)) {
    const name = rawKey.startsWith(attrPrefix) ? rawKey.slice(attrPrefix.length) : rawKey;
    const decoded = decodeEntities(String(value));
    const lower = name.toLowerCase();
    if (lower === 'xmlns' || lower.startsWith('xmlns:')) {
      if (scope === outer) scope = new Map(outer);
      scope.set(lower === 'xmlns' ? '' : lower.slice(6), normalizedUri(decoded));
    }
    attrs[lower] = decoded;
  }
  const raw = (node[rawName] ?? []) as RawNode[];
  let text = '';
  const children: XmlElement[] = [];
  const content: Array<string | XmlElement> = [];
  for (const child of raw) {
    let part: string | XmlElement | undefined;
    if (textKey in child) part = decodeEntities(String(child[textKey]));
    else if (cdataKey in child) part = cdataText(child[cdataKey]);
    else part = convert([child], scope)[0];
    if (part === undefined) continue;
    if (typeof part === 'string') text += part;
    else children.push(part);
    content.push(part);
  }
  return { name: canonicalName(rawName, scope), attrs, children, text, content };
}

function cdataText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.map((part: RawNode) => String(part[textKey] ?? '')).join('');
}

function canonicalName(rawName: string, scope: Map<string, string>): string {
  const colon = rawName.indexOf(':');
  const prefix = colon > 0 ? rawName.slice(0, colon) : '';
  const local = (colon > 0 ? rawName.slice(colon + 1) : rawName).toLowerCase();
  const uri = scope.get(prefix.toLowerCase());
  const known = uri === undefined ? undefined : prefixOfUri.get(uri);
  if (prefix === '') {
    // A default namespace of Atom, RSS 1.0 or none at all: the plain local name.
    return local;
  }
  const chosen = known ?? prefix.toLowerCase();
  return chosen === '' ? local : `${chosen}:${local}`;
}

/** The first child of that name, or undefined. */
export function childOf(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenOf(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** An element's text with its descendants' (mixed content such as unescaped XHTML), trimmed. */
export function deepText(el: XmlElement | undefined): string {
  if (!el) return '';
  if (el.children.length === 0) return el.text.trim();
  const parts: string[] = [];
  const walk = (node: XmlElement): void => {
    for (const part of node.content) {
      if (typeof part === 'string') parts.push(part);
      else walk(part);
    }
  };
  walk(el);
  return parts.join('').trim();
}

/** The trimmed text of the first child of that name, or '' when absent. */
export function textOf(el: XmlElement | undefined, name: string): string {
  return deepText(childOf(el, name));
}

/** An attribute's trimmed value, or null when absent or empty. */
export function attrOf(el: XmlElement | undefined, name: string): string | null {
  const value = el?.attrs[name];
  return value === undefined || value.trim() === '' ? null : value.trim();
}
