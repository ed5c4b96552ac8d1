// File names that every system accepts: what an export suggests, and what the desktop's save dialog
// offers. Pure: used by the core (exports) and the desktop host alike.

/** A short lowercase name for a file from a title: letters and digits of any script, joined by hyphens. */
export function slugOf(text: string, max = 60): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** Names Windows reserves for devices, whatever the extension ("con.md" cannot be a file there). */
const reserved = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const maxLength = 200;

/** A file name that can only name a file in the folder it is saved in, never a path elsewhere. */
export function safeFileName(fileName: string): string {
  let cleaned = fileName
    .replace(/[\\/]/g, '-')
    .replace(/[<>:"|?*]/g, '')
    .split('')
    .filter((char) => char.charCodeAt(0) >= 32 && char.charCodeAt(0) !== 127)
    .join('')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (cleaned === '') return 'Fulcrum export';
  if (reserved.test(cleaned)) cleaned = `_${cleaned}`;
  if (cleaned.length > maxLength) {
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(cleaned)?.[0] ?? '';
    cleaned = `${cleaned.slice(0, maxLength - extension.length).replace(/[. ]+$/, '')}${extension}`;
  }
  return cleaned;
}
