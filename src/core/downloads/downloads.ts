// Episodes on disk for offline listening, in the data folder's `episodes/`: downloads running in
// the background (a few at a time would be the door's choice; each start runs at once), paused
// ones resumable from their `.part`, and complete ones recorded in SQLite. Nothing but a complete
// file of the announced length is ever recorded or played.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DownloadsOverview, DownloadView } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { FetchStop } from '../feeds/fetch/fetchStop';
import type { FeedStore, StoredEpisode } from '../feeds/feedStore';
import { SqlStore } from '../storage/storage';
import { downloadFile } from './downloadFile';

export const episodesFolderName = 'episodes';
/** Automatic downloads stay under this many bytes of complete downloads unless the leader changes it. */
export const defaultCapBytes = 5 * 1024 * 1024 * 1024;
/** No single episode may pass this size on disk. */
export const maxEpisodeBytes = 2 * 1024 * 1024 * 1024;

const extensions: Record<string, string> = { 'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/mp4': 'm4a', 'audio/x-m4a': 'm4a', 'audio/aac': 'aac', 'audio/ogg': 'ogg', 'audio/opus': 'opus', 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/webm': 'webm', 'video/mp4': 'mp4' };
/** The usual type of each extension (the first type that names it). */
const mimeOfExtension: Record<string, string> = {};
for (const [mime, ext] of Object.entries(extensions)) mimeOfExtension[ext] ??= mime;

/** The file name of an episode's download: its id and an extension from its type or address. */
function fileNameOf(episode: StoredEpisode): string {
  const fromUrl = /\.([a-z0-9]{2,4})(?:$|[?#])/i.exec(episode.enclosureUrl ?? '')?.[1]?.toLowerCase();
  const ext = (fromUrl && mimeOfExtension[fromUrl] ? fromUrl : undefined) ?? 'audio';
  return `${episode.id}.${ext}`;
}

interface DownloadRow {
  episode_id: string;
  file: string;
  bytes: number;
  mime_type: string | null;
  show_title: string;
  title: string;
}

/** Complete downloads, as SQLite records them. */
export class DownloadStore extends SqlStore {
  list(): DownloadRow[] {
    return this.db.prepare('SELECT d.*, e.show_title, e.title FROM episode_downloads d JOIN episodes e ON e.id = d.episode_id ORDER BY d.completed_at DESC').all() as DownloadRow[];
  }

  find(episodeId: string): DownloadRow | undefined {
    return this.db.prepare('SELECT d.*, e.show_title, e.title FROM episode_downloads d JOIN episodes e ON e.id = d.episode_id WHERE d.episode_id = ?').get(episodeId) as DownloadRow | undefined;
  }

  record(episodeId: string, file: string, bytes: number, mimeType: string | null): void {
    this.db
      .prepare('INSERT INTO episode_downloads (episode_id, file, bytes, mime_type, completed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (episode_id) DO UPDATE SET file = excluded.file, bytes = excluded.bytes, mime_type = excluded.mime_type, completed_at = excluded.completed_at')
      .run(episodeId, file, bytes, mimeType, this.now().toISOString());
  }

  remove(episodeId: string): void {
    this.db.prepare('DELETE FROM episode_downloads WHERE episode_id = ?').run(episodeId);
  }

  capBytes(): number {
    const stored = (this.db.prepare("SELECT value FROM settings WHERE key = 'downloads-cap-bytes'").get() as { value: string } | undefined)?.value;
    return stored !== undefined && Number.isFinite(Number(stored)) ? Number(stored) : defaultCapBytes;
  }

  setCapBytes(bytes: number): void {
    this.db.prepare("INSERT INTO settings (key, value) VALUES ('downloads-cap-bytes', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(bytes));
  }
}

interface Running {
  bytes: number;
  total: number | null;
  controller: AbortController;
  done: Promise<void>;
}

/** Where an episode's audio comes from for the player: its downloaded file, or the web. */
export type MediaSource = { kind: 'file'; path: string; bytes: number; mimeType: string } | { kind: 'remote'; url: string; mimeType: string };

export class Downloads {
  readonly #store: DownloadStore;
  readonly #feeds: FeedStore;
  readonly #folder: string;
  readonly #running = new Map<string, Running>();
  readonly #stopped = new Map<string, string>();

  constructor(deps: { store: DownloadStore; feeds: FeedStore; dataDir: string }) {
    this.#store = deps.store;
    this.#feeds = deps.feeds;
    this.#folder = path.join(deps.dataDir, episodesFolderName);
  }

  #paths(episode: StoredEpisode) {
    const file = fileNameOf(episode);
    return { file, full: path.join(this.#folder, file), part: path.join(this.#folder, `${file}.part`) };
  }

  async view(episodeId: string): Promise<DownloadView> {
    const episode = this.#feeds.episode(episodeId);
    const base = { episodeId, showTitle: episode.showTitle, title: episode.title };
    const running = this.#running.get(episodeId);
    if (running) return { ...base, state: 'downloading', bytes: running.bytes, total: running.total, detail: null };
    const done = this.#store.find(episodeId);
    if (done) return { ...base, state: 'done', bytes: done.bytes, total: done.bytes, detail: null };
    const part = await stat(this.#paths(episode).part).catch(() => null);
    const detail = this.#stopped.get(episodeId) ?? null;
    if (part) return { ...base, state: detail && !detail.startsWith('Paused') ? 'failed' : 'paused', bytes: part.size, total: null, detail };
    return { ...base, state: detail ? 'failed' : 'none', bytes: 0, total: null, detail };
  }

  async start(episodeId: string): Promise<DownloadView> {
    const episode = this.#feeds.episode(episodeId);
    if (this.#running.has(episodeId) || this.#store.find(episodeId)) return this.view(episodeId);
    if (!episode.enclosureUrl) throw new FulcrumError('invalid-input', `“${episode.title}” has no audio to download: its feed gives none.`);
    await mkdir(this.#folder, { recursive: true });
    const { file, full, part } = this.#paths(episode);
    const controller = new AbortController();
    const running: Running = { bytes: 0, total: null, controller, done: Promise.resolve() };
    this.#stopped.delete(episodeId);
    running.done = downloadFile({
      url: episode.enclosureUrl,
      file: full,
      part,
      signal: controller.signal,
      maxBytes: maxEpisodeBytes,
      onProgress: ({ bytes, total }) => Object.assign(running, { bytes, total }),
    })
      .then((bytes) => this.#store.record(episodeId, file, bytes, mimeOfExtension[path.extname(file).slice(1)] ?? null))
      .catch((error: unknown) => {
        const reason = controller.signal.aborted ? controller.signal.reason : error;
        this.#stopped.set(episodeId, reason === 'paused' ? 'Paused.' : reason instanceof FetchStop ? reason.detail : reason === 'cancelled' ? '' : `The download failed: ${String(reason)}`);
        if (reason === 'cancelled') this.#stopped.delete(episodeId);
      })
      .finally(() => this.#running.delete(episodeId));
    this.#running.set(episodeId, running);
    return this.view(episodeId);
  }

  async wait(episodeId: string): Promise<DownloadView> {
    await this.#running.get(episodeId)?.done;
    return this.view(episodeId);
  }

  async pause(episodeId: string): Promise<DownloadView> {
    const running = this.#running.get(episodeId);
    running?.controller.abort('paused');
    await running?.done;
    return this.view(episodeId);
  }

  async cancel(episodeId: string): Promise<DownloadView> {
    const episode = this.#feeds.episode(episodeId);
    const running = this.#running.get(episodeId);
    running?.controller.abort('cancelled');
    await running?.done;
    await rm(this.#paths(episode).part, { force: true });
    this.#stopped.delete(episodeId);
    return this.view(episodeId);
  }

  async delete(episodeId: string): Promise<DownloadView> {
    await this.cancel(episodeId);
    const done = this.#store.find(episodeId);
    if (done) {
      this.#store.remove(episodeId);
      await rm(path.join(this.#folder, path.basename(done.file)), { force: true });
    }
    return this.view(episodeId);
  }

  async overview(): Promise<DownloadsOverview> {
    const rows = this.#store.list();
    const views = await Promise.all([...new Set([...this.#running.keys(), ...this.#stopped.keys(), ...rows.map((r) => r.episode_id)])].filter((id) => this.#feeds.findEpisode(id)).map((id) => this.view(id)));
    const byShow = new Map<string, { showTitle: string; bytes: number; count: number }>();
    for (const row of rows) {
      const show = byShow.get(row.show_title) ?? { showTitle: row.show_title, bytes: 0, count: 0 };
      show.bytes += row.bytes;
      show.count += 1;
      byShow.set(row.show_title, show);
    }
    return { downloads: views, totalBytes: rows.reduce((sum, row) => sum + row.bytes, 0), byShow: [...byShow.values()].sort((a, b) => b.bytes - a.bytes), capBytes: this.#store.capBytes() };
  }

  async setCap(bytes: number): Promise<DownloadsOverview> {
    this.#store.setCapBytes(bytes);
    return this.overview();
  }

  /**
   * Keeps a show's newest `newest` episodes on disk: starts those not downloaded yet, newest first,
   * as long as complete and running downloads stay under the cap (an episode's size as its feed
   * declares it; one that says none counts once it is done).
   */
  async keepNewest(feedId: string, newest: number): Promise<void> {
    if (newest <= 0) return;
    const cap = this.#store.capBytes();
    let used = this.#store.list().reduce((sum, row) => sum + row.bytes, 0) + [...this.#running.values()].reduce((sum, running) => sum + (running.total ?? running.bytes), 0);
    for (const episode of this.#feeds.episodes({ feedId, limit: newest, offset: 0 })) {
      if (!episode.enclosureUrl || this.#store.find(episode.id) || this.#running.has(episode.id)) continue;
      const size = episode.enclosureLength ?? 0;
      if (used + size > cap) break;
      used += size;
      await this.start(episode.id);
    }
  }

  /** Where the player gets an episode's audio: the complete download, else the enclosure's address. */
  async media(episodeId: string): Promise<MediaSource> {
    const episode = this.#feeds.episode(episodeId);
    const done = this.#store.find(episodeId);
    if (done) {
      const full = path.join(this.#folder, path.basename(done.file));
      const info = await stat(full).catch(() => null);
      if (info && info.size === done.bytes) return { kind: 'file', path: full, bytes: info.size, mimeType: done.mime_type ?? 'application/octet-stream' };
      this.#store.remove(episodeId); // the file went missing or changed: it plays from the web again
    }
    if (!episode.enclosureUrl) throw new FulcrumError('not-found', `“${episode.title}” has no audio: its feed gives none.`);
    return { kind: 'remote', url: episode.enclosureUrl, mimeType: 'audio/mpeg' };
  }

  /** Removes files whose episode is gone (an unsubscribed show), and stops everything. */
  async prune(): Promise<void> {
    const kept = new Set(this.#store.list().map((row) => row.file));
    const names = await readdir(this.#folder).catch(() => [] as string[]);
    for (const name of names) {
      const episodeId = name.replace(/\..*$/, '');
      if (kept.has(name) || this.#running.has(episodeId)) continue;
      if (name.endsWith('.part') && this.#feeds.findEpisode(episodeId)) continue;
      await rm(path.join(this.#folder, name), { force: true });
    }
  }

  stopAll(): void {
    for (const running of this.#running.values()) running.controller.abort('paused');
  }
}
