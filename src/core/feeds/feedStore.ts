// Feeds and their episodes in SQLite. A refresh writes one feed's fetch in one transaction: the
// feed's facts, and its episodes merged with those already stored (matched by guid, then enclosure
// address, then title and date, so an episode keeps its id and what links it). Each episode
// written is announced, so search follows.
import { randomUUID } from 'node:crypto';
import type { EpisodeChapter, EpisodeCue, EpisodeSummary, FeedPersonRecord, FeedStatus, FeedSummary } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { SqlStore } from '../storage/storage';
import type { ParsedEpisode, ParsedFeed } from './feedTypes';
import { sanitizeShowNotes } from './showNotes';

/** A feed as stored: what the app shows of it (its title as the feed gives it), and what refreshing needs. */
export interface StoredFeed extends Omit<FeedSummary, 'hasArtwork'> {
  imageUrl: string | null;
  artworkFile: string | null;
  etag: string | null;
  lastModified: string | null;
}

export interface StoredEpisode extends EpisodeSummary {
  /** The audio's size as the feed declares it, when it does. */
  enclosureLength: number | null;
  guid: string | null;
  link: string | null;
  notesHtml: string;
  notesText: string;
  season: number | null;
  episode: number | null;
  people: FeedPersonRecord[];
  transcriptUrl: string | null;
  transcriptType: string | null;
  chaptersUrl: string | null;
}

interface FeedRow {
  id: string;
  url: string;
  title: string;
  description: string;
  link: string | null;
  author: string | null;
  image_url: string | null;
  artwork_file: string | null;
  etag: string | null;
  last_modified: string | null;
  added_at: string;
  refreshed_at: string | null;
  status: FeedStatus | null;
  status_detail: string | null;
  remote_images: number;
  auto_download: number;
  episode_count: number;
  new_count: number;
}

interface EpisodeRow {
  id: string;
  feed_id: string | null;
  show_title: string;
  guid: string | null;
  title: string;
  published_at: string | null;
  duration_seconds: number | null;
  enclosure_url: string | null;
  enclosure_length: number | null;
  link: string | null;
  notes_html: string;
  notes_text: string;
  season: number | null;
  episode_number: number | null;
  people_json: string;
  transcript_url: string | null;
  transcript_type: string | null;
  chapters_url: string | null;
  is_new: number;
  played: number;
  position_seconds: number;
  has_transcript: number;
  has_chapters: number;
}

const selectFeeds = `
  SELECT f.*,
    (SELECT count(*) FROM episodes e WHERE e.feed_id = f.id) AS episode_count,
    (SELECT count(*) FROM episodes e WHERE e.feed_id = f.id AND e.is_new = 1) AS new_count
  FROM feeds f`;

const selectEpisodes = `
  SELECT e.*,
    EXISTS (SELECT 1 FROM episode_transcripts t WHERE t.episode_id = e.id) AS has_transcript,
    EXISTS (SELECT 1 FROM episode_chapters c WHERE c.episode_id = e.id) AS has_chapters
  FROM episodes e`;

const newestFirst = 'ORDER BY e.published_at IS NULL, e.published_at DESC, e.first_seen_at DESC, e.id';

function toFeed(row: FeedRow): StoredFeed {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    description: row.description,
    link: row.link,
    author: row.author,
    imageUrl: row.image_url,
    artworkFile: row.artwork_file,
    etag: row.etag,
    lastModified: row.last_modified,
    addedAt: row.added_at,
    refreshedAt: row.refreshed_at,
    status: row.status,
    statusDetail: row.status_detail,
    remoteImages: row.remote_images === 1,
    autoDownload: row.auto_download,
    episodeCount: row.episode_count,
    newCount: row.new_count,
  };
}

function toEpisode(row: EpisodeRow): StoredEpisode {
  return {
    id: row.id,
    feedId: row.feed_id,
    showTitle: row.show_title,
    title: row.title,
    publishedAt: row.published_at,
    durationSeconds: row.duration_seconds,
    enclosureUrl: row.enclosure_url,
    hasTranscript: row.has_transcript === 1,
    hasChapters: row.has_chapters === 1,
    isNew: row.is_new === 1,
    played: row.played === 1,
    positionSeconds: row.position_seconds,
    enclosureLength: row.enclosure_length,
    guid: row.guid,
    link: row.link,
    notesHtml: row.notes_html,
    notesText: row.notes_text,
    season: row.season,
    episode: row.episode_number,
    people: JSON.parse(row.people_json) as FeedPersonRecord[],
    transcriptUrl: row.transcript_url,
    transcriptType: row.transcript_type,
    chaptersUrl: row.chapters_url,
  };
}

/** The keys an episode is known by, strongest first: guid, enclosure address, title and date. */
function keysOf(episode: { guid: string | null; enclosureUrl: string | null; title: string; publishedAt: string | null }): string[] {
  return [
    ...(episode.guid ? [`guid:${episode.guid}`] : []),
    ...(episode.enclosureUrl ? [`enclosure:${episode.enclosureUrl}`] : []),
    `title:${episode.title.trim().toLowerCase()}|${episode.publishedAt?.slice(0, 10) ?? ''}`,
  ];
}

/** The columns a fetch writes on an episode (its own state, new or played, is the leader's). */
const fetchedColumns = ['show_title', 'guid', 'title', 'published_at', 'duration_seconds', 'enclosure_url', 'enclosure_type', 'enclosure_length', 'link', 'notes_html', 'notes_text', 'season', 'episode_number', 'image_url', 'people_json', 'transcript_url', 'transcript_type', 'chapters_url'] as const;
const updateWhenChanged = `UPDATE episodes SET ${fetchedColumns.map((c) => `${c} = @${c}`).join(', ')}
  WHERE id = @id AND (${fetchedColumns.map((c) => `${c} IS NOT @${c}`).join(' OR ')})`;

export class FeedStore extends SqlStore {
  listFeeds(): StoredFeed[] {
    return (this.db.prepare(`${selectFeeds} ORDER BY lower(f.title), f.added_at`).all() as FeedRow[]).map(toFeed);
  }

  findFeed(id: string): StoredFeed | undefined {
    const row = this.db.prepare(`${selectFeeds} WHERE f.id = ?`).get(id) as FeedRow | undefined;
    return row ? toFeed(row) : undefined;
  }

  feed(id: string): StoredFeed {
    const found = this.findFeed(id);
    if (!found) throw new FulcrumError('not-found', `You follow no feed with the id "${id}". List your feeds to find its id.`);
    return found;
  }

  findFeedByUrl(url: string): StoredFeed | undefined {
    const row = this.db.prepare(`${selectFeeds} WHERE f.url = ?`).get(url) as FeedRow | undefined;
    return row ? toFeed(row) : undefined;
  }

  /** A new subscription, not fetched yet; its title is the address until the first refresh. */
  createFeed(url: string, title = ''): StoredFeed {
    const id = randomUUID();
    this.db.prepare('INSERT INTO feeds (id, url, title, added_at) VALUES (?, ?, ?, ?)').run(id, url, title, this.now().toISOString());
    return this.feed(id);
  }

  /** Records how a refresh went, whatever it found. */
  setStatus(id: string, status: FeedStatus, detail: string, fetched?: { etag: string | null; lastModified: string | null }): void {
    this.db
      .prepare('UPDATE feeds SET status = ?, status_detail = ?, refreshed_at = ?, etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE id = ?')
      .run(status, detail, this.now().toISOString(), fetched?.etag ?? null, fetched?.lastModified ?? null, id);
  }

  /** A feed that moved for good is fetched from its new address from now on. */
  moveFeed(id: string, url: string): void {
    const other = this.findFeedByUrl(url);
    if (other && other.id !== id) return; // already followed at the new address: keep both as they are
    this.db.prepare('UPDATE feeds SET url = ? WHERE id = ?').run(url, id);
  }

  setRemoteImages(id: string, allowed: boolean): StoredFeed {
    this.feed(id);
    this.db.prepare('UPDATE feeds SET remote_images = ? WHERE id = ?').run(allowed ? 1 : 0, id);
    return this.feed(id);
  }

  setAutoDownload(id: string, newest: number): StoredFeed {
    this.feed(id);
    this.db.prepare('UPDATE feeds SET auto_download = ? WHERE id = ?').run(newest, id);
    return this.feed(id);
  }

  setArtwork(id: string, file: string | null): void {
    this.db.prepare('UPDATE feeds SET artwork_file = ? WHERE id = ?').run(file, id);
  }

  /**
   * Writes what a fetch parsed: the feed's facts and its episodes, merged with the stored ones.
   * Returns the episodes that were not there before. `firstFetch` episodes are the show's back
   * catalogue, not marked new.
   */
  saveFetch(id: string, parsed: ParsedFeed, firstFetch: boolean): StoredEpisode[] {
    return this.storage.transaction(() => {
      this.db
        .prepare('UPDATE feeds SET title = ?, description = ?, link = ?, author = ?, language = ?, podcast_guid = ?, image_url = ?, people_json = ? WHERE id = ?')
        .run(parsed.title, parsed.description, parsed.link, parsed.author, parsed.language, parsed.podcastGuid, parsed.imageUrl, JSON.stringify(parsed.people.map(personRecord)), id);
      const known = new Map<string, string>();
      for (const row of this.db.prepare('SELECT id, guid, enclosure_url, title, published_at FROM episodes WHERE feed_id = ?').all(id) as EpisodeRow[]) {
        for (const key of keysOf({ guid: row.guid, enclosureUrl: row.enclosure_url, title: row.title, publishedAt: row.published_at })) known.set(key, row.id);
      }
      const added: string[] = [];
      const now = this.now().toISOString();
      for (const episode of parsed.episodes) {
        const keys = keysOf({ guid: episode.guid, enclosureUrl: episode.enclosure?.url ?? null, title: episode.title, publishedAt: episode.publishedAt });
        const existing = keys.map((key) => known.get(key)).find(Boolean);
        const notes = sanitizeShowNotes(episode.notes, episode.link ?? parsed.link ?? '');
        const values = episodeValues(episode, notes, parsed.title);
        if (existing) {
          // Written (and announced, so search re-reads it) only when something the feed says changed.
          const changed = this.db.prepare(updateWhenChanged).run({ ...values, id: existing }).changes > 0;
          if (changed) this.storage.announce('episode', existing, 'updated');
        } else {
          const episodeId = randomUUID();
          this.db
            .prepare(
              `INSERT INTO episodes (id, feed_id, show_title, guid, title, published_at, duration_seconds, enclosure_url, enclosure_type, enclosure_length, link,
                 notes_html, notes_text, season, episode_number, image_url, people_json, transcript_url, transcript_type, chapters_url, first_seen_at, is_new)
               VALUES (@id, @feed_id, @show_title, @guid, @title, @published_at, @duration_seconds, @enclosure_url, @enclosure_type, @enclosure_length, @link,
                 @notes_html, @notes_text, @season, @episode_number, @image_url, @people_json, @transcript_url, @transcript_type, @chapters_url, @first_seen_at, @is_new)`,
            )
            .run({ ...values, id: episodeId, feed_id: id, first_seen_at: now, is_new: firstFetch ? 0 : 1 });
          for (const key of keys) known.set(key, episodeId);
          added.push(episodeId);
          this.storage.announce('episode', episodeId, 'created');
        }
      }
      return added.map((episodeId) => this.episode(episodeId));
    });
  }

  /**
   * Unsubscribes: the feed goes, and so do its episodes, but for those a journal entry, an action, a
   * note or a lesson of the leader's own links, or the up-next queue holds (they stay, with the
   * show's title). Returns how many were kept.
   */
  removeFeed(id: string): { removed: StoredFeed; keptEpisodes: number } {
    return this.storage.transaction(() => {
      const removed = this.feed(id);
      const episodes = this.db.prepare('SELECT id FROM episodes WHERE feed_id = ?').all(id) as Array<{ id: string }>;
      const linked = this.db.prepare(
        `SELECT EXISTS (SELECT 1 FROM journal_entries WHERE instr(body_md, 'episode:' || @id) > 0)
             OR EXISTS (SELECT 1 FROM coaching_actions WHERE episode_id = @id OR instr(text || ' ' || notes, 'episode:' || @id) > 0)
             OR EXISTS (SELECT 1 FROM episode_notes WHERE episode_id = @id)
             OR EXISTS (SELECT 1 FROM personal_lessons WHERE episode_id = @id)
             OR EXISTS (SELECT 1 FROM player_queue WHERE episode_id = @id) AS linked`,
      );
      let kept = 0;
      for (const { id: episodeId } of episodes) {
        if ((linked.get({ id: episodeId }) as { linked: number }).linked === 1) {
          kept += 1;
          continue;
        }
        this.db.prepare('DELETE FROM episodes WHERE id = ?').run(episodeId);
        this.storage.announce('episode', episodeId, 'deleted');
      }
      this.db.prepare('DELETE FROM feeds WHERE id = ?').run(id);
      return { removed, keptEpisodes: kept };
    });
  }

  episodes(query: { feedId?: string | undefined; show?: string | undefined; sort?: 'newest' | 'oldest' | 'title'; limit: number; offset: number }): StoredEpisode[] {
    const where = [...(query.feedId ? ['e.feed_id = @feedId'] : []), ...(query.show ? ['e.show_title = @show'] : [])];
    const order = query.sort === 'title' ? 'ORDER BY lower(e.title), e.id' : query.sort === 'oldest' ? 'ORDER BY e.published_at IS NULL, e.published_at, e.first_seen_at, e.id' : newestFirst;
    const sql = `${selectEpisodes} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${order} LIMIT @limit OFFSET @offset`;
    return (this.db.prepare(sql).all({ feedId: query.feedId, show: query.show, limit: query.limit, offset: query.offset }) as EpisodeRow[]).map(toEpisode);
  }

  allEpisodes(): StoredEpisode[] {
    return (this.db.prepare(`${selectEpisodes} ${newestFirst}`).all() as EpisodeRow[]).map(toEpisode);
  }

  episodeCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM episodes').get() as { n: number }).n;
  }

  findEpisode(id: string): StoredEpisode | undefined {
    const row = this.statement(`${selectEpisodes} WHERE e.id = ?`).get(id) as EpisodeRow | undefined;
    return row ? toEpisode(row) : undefined;
  }

  episode(id: string): StoredEpisode {
    const found = this.findEpisode(id);
    if (!found) throw new FulcrumError('not-found', `There is no episode "${id}". Its show may have been unsubscribed; refresh your feeds or search for it.`);
    return found;
  }

  /** Episodes of a feed whose transcript or chapters the feed offers but are not stored yet. */
  episodesMissingExtras(feedId: string): StoredEpisode[] {
    return (
      this.db
        .prepare(`${selectEpisodes} WHERE e.feed_id = ? AND ((e.transcript_url IS NOT NULL AND NOT has_transcript) OR (e.chapters_url IS NOT NULL AND NOT has_chapters)) ${newestFirst}`)
        .all(feedId) as EpisodeRow[]
    ).map(toEpisode);
  }

  transcript(episodeId: string): EpisodeCue[] | null {
    const row = this.statement('SELECT cues_json FROM episode_transcripts WHERE episode_id = ?').get(episodeId) as { cues_json: string } | undefined;
    return row ? (JSON.parse(row.cues_json) as EpisodeCue[]) : null;
  }

  chapters(episodeId: string): EpisodeChapter[] {
    const row = this.statement('SELECT chapters_json FROM episode_chapters WHERE episode_id = ?').get(episodeId) as { chapters_json: string } | undefined;
    return row ? (JSON.parse(row.chapters_json) as EpisodeChapter[]) : [];
  }

  saveTranscript(episodeId: string, cues: EpisodeCue[]): void {
    this.storage.transaction(() => {
      this.db.prepare('INSERT INTO episode_transcripts (episode_id, cues_json, fetched_at) VALUES (?, ?, ?) ON CONFLICT (episode_id) DO UPDATE SET cues_json = excluded.cues_json, fetched_at = excluded.fetched_at').run(episodeId, JSON.stringify(cues), this.now().toISOString());
      this.storage.announce('episode', episodeId, 'updated');
    });
  }

  saveChapters(episodeId: string, chapters: EpisodeChapter[]): void {
    this.storage.transaction(() => {
      this.db.prepare('INSERT INTO episode_chapters (episode_id, chapters_json, fetched_at) VALUES (?, ?, ?) ON CONFLICT (episode_id) DO UPDATE SET chapters_json = excluded.chapters_json, fetched_at = excluded.fetched_at').run(episodeId, JSON.stringify(chapters), this.now().toISOString());
      this.storage.announce('episode', episodeId, 'updated');
    });
  }

  /** Where listening stopped; finished: played, and from the start next time. */
  setPosition(id: string, seconds: number, finished: boolean): StoredEpisode {
    this.episode(id);
    if (finished) this.db.prepare('UPDATE episodes SET position_seconds = 0, played = 1, is_new = 0 WHERE id = ?').run(id);
    else this.db.prepare('UPDATE episodes SET position_seconds = ?, is_new = 0 WHERE id = ?').run(Math.floor(seconds), id);
    return this.episode(id);
  }

  /** Opened: no longer new; and played or unplayed when said. */
  markEpisode(id: string, played?: boolean): StoredEpisode {
    this.episode(id);
    this.db.prepare('UPDATE episodes SET is_new = 0, played = coalesce(?, played) WHERE id = ?').run(played === undefined ? null : played ? 1 : 0, id);
    return this.episode(id);
  }
}

function personRecord(person: { name: string; role: string; href: string | null }): FeedPersonRecord {
  return { name: person.name, role: person.role, href: person.href };
}

function episodeValues(episode: ParsedEpisode, notes: { html: string; text: string }, showTitle: string) {
  const transcript = episode.transcripts[0] ?? null;
  return {
    show_title: showTitle,
    guid: episode.guid,
    title: episode.title,
    published_at: episode.publishedAt,
    duration_seconds: episode.durationSeconds === null ? null : Math.round(episode.durationSeconds),
    enclosure_url: episode.enclosure?.url ?? null,
    enclosure_type: episode.enclosure?.type ?? null,
    enclosure_length: episode.enclosure?.length ?? null,
    link: episode.link,
    notes_html: notes.html,
    notes_text: notes.text,
    season: episode.season,
    episode_number: episode.episode,
    image_url: episode.imageUrl,
    people_json: JSON.stringify(episode.people.map(personRecord)),
    transcript_url: transcript?.url ?? null,
    transcript_type: transcript?.type ?? null,
    chapters_url: episode.chapters?.url ?? null,
  };
}
