// fast-xml-parser gathers text one character at a time, which costs V8 about 32 bytes a character
// until the text ends: a 50 MB show note would take 1.7 GB. Before parsing, each long run of text is
// decoded and handed over as a CDATA section instead, which the parser takes in one slice.
import { decodeHTMLStrict } from 'entities/decode';

/** Runs shorter than this are left to the parser as they are (a real show note is far shorter). */
const longRun = 32_768;

/** Where the markup construct starting at `lt` (a `<`) ends, just past its last character. */
function endOfMarkup(xml: string, lt: number): number {
  const closeAt = (marker: string, from: number): number => {
    const at = xml.indexOf(marker, from);
    return at === -1 ? xml.length : at + marker.length;
  };
  if (xml.startsWith('<!--', lt)) return closeAt('-->', lt + 4);
  if (xml.startsWith('<![CDATA[', lt)) return closeAt(']]>', lt + 9);
  if (xml.startsWith('<?', lt)) return closeAt('?>', lt + 2);
  if (xml.startsWith('<!', lt)) {
    // A DOCTYPE with an internal subset ends at `]>`; without one, at its first `>`.
    const bracket = xml.indexOf('[', lt);
    const gt = xml.indexOf('>', lt);
    if (bracket !== -1 && (gt === -1 || bracket < gt)) return closeAt('>', closeAt(']', bracket));
    return gt === -1 ? xml.length : gt + 1;
  }
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 34 || c === 39) {
      const quote = xml.indexOf(xml[i] as string, i + 1);
      if (quote === -1) return xml.length;
      i = quote;
    } else if (c === 62) {
      return i + 1;
    }
  }
  return xml.length;
}

function asCdata(text: string): string {
  if (text.trim() === '') return '\n';
  const decoded = decodeHTMLStrict(text);
  return `<![CDATA[${decoded.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/** The same document with every text run longer than `longRun` characters as a CDATA section. */
export function wrapLongText(xml: string): string {
  if (xml.length <= longRun) return xml;
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd - i > longRun) {
      out.push(xml.slice(copied, i), asCdata(xml.slice(i, textEnd)));
      copied = textEnd;
    }
    if (lt === -1) break;
    i = endOfMarkup(xml, lt);
  }
  if (out.length === 0) return xml;
  out.push(xml.slice(copied));
  return out.join('');
}
