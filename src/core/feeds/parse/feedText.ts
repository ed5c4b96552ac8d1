// A feed's bytes → text. Feeds lie about their encoding: the byte-order mark wins, then the
// declaration, and bytes that are not valid in the declared encoding are read as UTF-8 or, failing
// that, as windows-1252 (which accepts any byte), so a podcast app still shows the show.

const singleByte = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252', 'iso-8859-15']);

/** The encoding a feed declares in `<?xml … encoding="…"?>`, lowercased, or null. */
export function declaredEncoding(head: string): string | null {
  const match = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** windows-1252's characters for bytes 0x80–0x9F (undefined ones stay as they are). */
const cp1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 (which is also what the web means by ISO-8859-1 and US-ASCII). Node 20's TextDecoder
 * decodes it as ISO-8859-1, turning curly quotes and € into control characters; this maps them.
 */
export function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80] ?? c);
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    if (decoder.encoding === 'windows-1252') return windows1252(bytes);
    return decoder.decode(bytes);
  } catch {
    return null; // an unknown label (RangeError) or bytes invalid in it (TypeError)
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a byte-order mark still shows itself by the zero bytes around `<`. */
function sniffUtf16(bytes: Uint8Array): string | null {
  for (let i = 0; i + 1 < Math.min(bytes.length, 256); i++) {
    if (bytes[i] === 0x3c && bytes[i + 1] === 0x00) return 'utf-16le';
    if (bytes[i] === 0x00 && bytes[i + 1] === 0x3c) return 'utf-16be';
    if (bytes[i] === 0x3c) return null;
  }
  return null;
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

/** Decodes a feed's bytes into text, never failing: see the module comment for the order. */
export function feedText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes) ?? sniffUtf16(bytes);
  if (bom) {
    const text = tryDecode(bytes, bom);
    if (text !== null) return stripBom(text);
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = declaredEncoding(stripBom(head));
  // A feed declared as Latin-1 whose non-ASCII bytes are all valid UTF-8 was written in UTF-8:
  // real Latin-1 text almost never forms valid multi-byte sequences.
  if (declared && singleByte.has(declared) && hasNonAscii(bytes)) {
    const utf8 = tryDecode(bytes, 'utf-8');
    if (utf8 !== null) return stripBom(utf8);
  }
  const attempts = [declared && !declared.startsWith('utf-16') ? declared : null, 'utf-8'];
  for (const label of attempts) {
    if (!label) continue;
    const text = tryDecode(bytes, label);
    if (text !== null) return stripBom(text);
  }
  return windows1252(bytes);
}

/** Drops a leading byte-order mark (TextDecoder keeps one that does not match its own encoding). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
