// Podcast feeds and their episodes: what was fetched is stored whole (show notes sanitized,
// transcripts and chapters as parsed), so the library and search work the same offline. An
// episode outlives its feed (feed_id set to NULL, the show's title kept) when notes link it.
import type { Database } from 'better-sqlite3';

export const version = 6;
export const name = 'feeds';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE feeds (
      id TEXT PRIMARY KEY,
      url TEXT NOT NULL UNIQUE CHECK (length(url) BETWEEN 1 AND 2000),
      title TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '',
      link TEXT,
      author TEXT,
      language TEXT,
      podcast_guid TEXT,
      image_url TEXT,
      artwork_file TEXT,
      people_json TEXT NOT NULL DEFAULT '[]',
      etag TEXT,
      last_modified TEXT,
      added_at TEXT NOT NULL,
      refreshed_at TEXT,
      status TEXT CHECK (status IN ('new-episodes', 'unchanged', 'moved', 'gone', 'not-a-feed', 'too-large', 'timed-out', 'offline', 'failed')),
      status_detail TEXT,
      remote_images INTEGER NOT NULL DEFAULT 0 CHECK (remote_images IN (0, 1))
    ) STRICT;
    CREATE TABLE episodes (
      id TEXT PRIMARY KEY,
      feed_id TEXT REFERENCES feeds (id) ON DELETE SET NULL,
      show_title TEXT NOT NULL,
      guid TEXT,
      title TEXT NOT NULL,
      published_at TEXT,
      duration_seconds INTEGER CHECK (duration_seconds IS NULL OR duration_seconds >= 0),
      enclosure_url TEXT,
      enclosure_type TEXT,
      enclosure_length INTEGER,
      link TEXT,
      notes_html TEXT NOT NULL DEFAULT '',
      notes_text TEXT NOT NULL DEFAULT '',
      season INTEGER,
      episode_number INTEGER,
      image_url TEXT,
      people_json TEXT NOT NULL DEFAULT '[]',
      transcript_url TEXT,
      transcript_type TEXT,
      chapters_url TEXT,
      first_seen_at TEXT NOT NULL,
      is_new INTEGER NOT NULL DEFAULT 0 CHECK (is_new IN (0, 1)),
      played INTEGER NOT NULL DEFAULT 0 CHECK (played IN (0, 1))
    ) STRICT;
    CREATE INDEX episodes_by_feed ON episodes (feed_id, published_at DESC);
    CREATE TABLE episode_transcripts (
      episode_id TEXT PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
      cues_json TEXT NOT NULL,
      fetched_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE episode_chapters (
      episode_id TEXT PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
      chapters_json TEXT NOT NULL,
      fetched_at TEXT NOT NULL
    ) STRICT;
  `);
}
