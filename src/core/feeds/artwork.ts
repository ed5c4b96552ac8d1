// A show's artwork, kept in the data folder (`artwork/<feed id>.<ext>`) so it shows offline, at
// most 2 MB and only real images (PNG, JPEG, GIF, WebP, by their first bytes, whatever the server
// claims). It is fetched again only when the feed names another image.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedStore, StoredFeed } from './feedStore';
import type { Fetcher } from './feedTypes';

export const artworkFolderName = 'artwork';
const maxArtworkBytes = 2 * 1024 * 1024;

const signatures: Array<{ ext: string; mime: string; test: (b: Buffer) => boolean }> = [
  { ext: 'png', mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'jpg', mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'gif', mime: 'image/gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { ext: 'webp', mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

/** The file name records which image it came from, so a new image in the feed is fetched again. */
function fileNameOf(feed: StoredFeed, ext: string): string {
  return `${feed.id}.${Buffer.from(feed.imageUrl ?? '').toString('base64url').slice(-16)}.${ext}`;
}

export async function saveArtwork(feed: StoredFeed, deps: { store: FeedStore; fetch: Fetcher; dataDir: string }): Promise<void> {
  if (!feed.imageUrl) return;
  const folder = path.join(deps.dataDir, artworkFolderName);
  const current = feed.artworkFile && signatures.some((s) => feed.artworkFile === fileNameOf(feed, s.ext));
  // Kept unless the feed names another image, or the file is gone (a restored backup holds no artwork).
  if (current && (await stat(path.join(folder, path.basename(feed.artworkFile as string))).catch(() => null))) return;
  const outcome = await deps.fetch(feed.imageUrl, { maxBytes: maxArtworkBytes, maxDecodedBytes: maxArtworkBytes, timeoutMs: 20_000, accept: 'image/png, image/jpeg, image/gif, image/webp' });
  if (outcome.kind !== 'ok') return; // kept as it was; tried again at the next refresh
  const kind = signatures.find((s) => s.test(outcome.body));
  if (!kind) return;
  await mkdir(folder, { recursive: true });
  const name = fileNameOf(feed, kind.ext);
  const part = path.join(folder, `.${name}.part`);
  await writeFile(part, outcome.body);
  await rename(part, path.join(folder, name));
  if (feed.artworkFile && feed.artworkFile !== name) await rm(path.join(folder, path.basename(feed.artworkFile)), { force: true });
  deps.store.setArtwork(feed.id, name);
}

/** An image's bytes as a data: URL, or null when they are not a PNG, JPEG, GIF or WebP image. */
export function imageDataUrl(bytes: Buffer): string | null {
  const kind = signatures.find((s) => s.test(bytes));
  return kind ? `data:${kind.mime};base64,${bytes.toString('base64')}` : null;
}

export async function artworkDataUrl(feed: StoredFeed, dataDir: string): Promise<string | null> {
  if (!feed.artworkFile) return null;
  const bytes = await readFile(path.join(dataDir, artworkFolderName, path.basename(feed.artworkFile))).catch(() => null);
  return bytes ? imageDataUrl(bytes) : null;
}

export async function removeArtwork(feed: StoredFeed, dataDir: string): Promise<void> {
  if (feed.artworkFile) await rm(path.join(dataDir, artworkFolderName, path.basename(feed.artworkFile)), { force: true });
}
