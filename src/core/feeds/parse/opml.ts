// Subscription lists in and out. parseOpml reads the OPML that podcast apps export (Apple Podcasts,
// Overcast, Pocket Casts, AntennaPod, Castro): outlines nested in folders at any depth, `xmlUrl` in any
// letter case; episodes some apps list under a show (no `xmlUrl`) are skipped. opmlOf writes OPML 2.0.
import { FulcrumError } from '../../../shared/errors';
import type { OpmlOutline } from '../feedTypes';
import { feedText, stripBom } from './feedText';
import { httpUrl } from './feedUrls';
import { attrOf, readXml, type XmlElement } from './xmlTree';

const notOpml = (what: string): FulcrumError =>
  new FulcrumError('invalid-input', `This file is ${what}, not an OPML list of subscriptions. Export your subscriptions as OPML from your podcast app and choose that file.`);

/** Podcast apps' own schemes for a feed address (`feed://`, `itpc://`, `pcast://`): the web address they stand for. */
function feedAddress(raw: string | null): string | null {
  if (!raw) return null;
  const text = raw.trim().replace(/^feed:(?=https?:)/i, '').replace(/^(?:feed|itpc|pcast|podcast):\/\//i, 'http://');
  return httpUrl(text);
}

function readRoot(text: string): XmlElement {
  const start = text.trimStart();
  if (!start) throw notOpml('empty');
  if (!start.startsWith('<')) throw notOpml(start.startsWith('{') || start.startsWith('[') ? 'JSON data' : 'not XML');
  let root: XmlElement | null;
  try {
    root = readXml(start);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 120) : '';
    throw new FulcrumError('invalid-input', `This OPML file is damaged and could not be read (${detail}). Export it again from your podcast app.`);
  }
  const name = root?.name.replace(/^[^:]*:/, '');
  if (root && name === 'opml') return root;
  if (name === 'rss' || name === 'feed') throw notOpml('a podcast feed (add it as a feed instead)');
  if (name === 'html') throw notOpml('a web page');
  throw notOpml('another kind of document');
}

export function parseOpml(input: string | Uint8Array): OpmlOutline[] {
  const root = readRoot(stripBom(typeof input === 'string' ? input : feedText(input)));
  const body = root.children.find((c) => c.name === 'body') ?? root;
  const outlines: OpmlOutline[] = [];
  const seen = new Set<string>();
  const visit = (el: XmlElement): void => {
    for (const child of el.children) {
      if (child.name !== 'outline') continue;
      const url = feedAddress(attrOf(child, 'xmlurl'));
      if (url && !seen.has(url)) {
        seen.add(url);
        const title = attrOf(child, 'text') ?? attrOf(child, 'title') ?? new URL(url).hostname;
        outlines.push({ title: title.trim(), url });
      }
      visit(child);
    }
  };
  visit(body);
  return outlines;
}

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML can carry it: what XML cannot hold is dropped. */
export function xmlSafe(text: string): string {
  return text.replace(notXml, '');
}

/** An attribute value: escaped, with tabs and line ends as references so they survive attribute normalization. */
function attr(value: string): string {
  const refs: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
  return xmlSafe(value).replace(/[&<>"\t\n\r]/g, (c) => refs[c] ?? c);
}

export function opmlOf(feeds: ReadonlyArray<{ title: string; url: string }>, title = 'Fulcrum subscriptions'): string {
  const lines = feeds.map((feed) => `    <outline type="rss" text="${attr(feed.title)}" title="${attr(feed.title)}" xmlUrl="${attr(feed.url)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${attr(title)}</title>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
