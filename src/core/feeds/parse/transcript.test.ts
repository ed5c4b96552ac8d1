// Transcripts in every form a show publishes (test/fixtures/feeds/transcripts/), and chapters.
import { describe, expect, it } from 'vitest';
import { FulcrumError } from '../../../shared/errors';
import { feedFixtureText } from '../../../../test/support/feedFixtures';
import { parseChapters } from './chapters';
import { parseTranscript, sniffTranscript } from './transcript';

const fixture = (name: string): string => feedFixtureText(`transcripts/${name}`);

function refusal(run: () => unknown): FulcrumError {
  try {
    run();
  } catch (error) {
    if (error instanceof FulcrumError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('parseTranscript', () => {
  it('SRT: CRLF, commas before milliseconds, speakers named before a colon', () => {
    expect(parseTranscript(fixture('episode.srt'), 'application/x-subrip')).toEqual([
      { start: 0, end: 4.2, speaker: 'Dana Reyes', text: 'Welcome back to the show.' },
      { start: 4.2, end: 9.95, speaker: 'Sam Ortiz', text: "Thanks, Dana. Let's talk about asking for the meeting." },
      { start: 10, end: 12.5, speaker: 'Dana Reyes', text: 'Look: here is the thing.' },
      { start: 3723.456, end: 3725, speaker: null, text: 'And that is the hour.' },
    ]);
  });

  it('a colon once is text, not a speaker', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nLook: here is the thing.\n\n2\n00:00:02,000 --> 00:00:03,000\nRight.\n';
    expect(parseTranscript(srt, 'application/srt')[0]).toEqual({ start: 1, end: 2, speaker: null, text: 'Look: here is the thing.' });
  });

  it('WebVTT: header metadata, STYLE and NOTE blocks, cue ids and settings, <v> voice tags, entities', () => {
    expect(parseTranscript(fixture('episode.vtt'), 'text/vtt')).toEqual([
      { start: 0, end: 4.2, speaker: 'Dana Reyes', text: 'Welcome back to the show.' },
      { start: 4.2, end: 9.95, speaker: 'Sam Ortiz', text: "Thanks, Dana. Let's talk about asking for the meeting & more." },
      { start: 10, end: 12.5, speaker: null, text: 'No voice here <3' },
    ]);
  });

  it('WebVTT whose header runs into the first cue', () => {
    expect(parseTranscript('WEBVTT\n00:01.000 --> 00:02.000\n<v Dana>Hi</v>\n', 'text/vtt')).toEqual([{ start: 1, end: 2, speaker: 'Dana', text: 'Hi' }]);
  });

  it('Podcasting 2.0 JSON: word segments of one speaker are joined until a sentence ends', () => {
    expect(parseTranscript(fixture('episode.json'), 'application/json')).toEqual([
      { start: 0, end: 4.2, speaker: 'Dana Reyes', text: 'Welcome back to the show.' },
      { start: 4.2, end: 9.95, speaker: 'Sam Ortiz', text: 'Thanks, Dana.' },
      { start: 10, end: 12.5, speaker: 'Sam Ortiz', text: "Let's talk about asking." },
    ]);
  });

  it('HTML as in the Podcasting 2.0 example: <cite>, <time>, <p>, every tag stripped, scripts dropped', () => {
    expect(parseTranscript(fixture('episode.html'), 'text/html')).toEqual([
      { start: 0, end: null, speaker: 'Dana Reyes', text: 'Welcome back to the show.' },
      { start: 4, end: null, speaker: 'Sam Ortiz', text: 'Thanks, Dana. Let\u2019s talk about asking for the meeting.' },
      { start: 3723, end: null, speaker: 'Dana Reyes', text: 'And that is the hour.' },
    ]);
  });

  it('HTML without the transcript structure is one cue of its words', () => {
    expect(parseTranscript('<html><body><h1>Transcript</h1><div>Hello <b>there</b></div></body></html>', 'text/html')).toEqual([
      { start: 0, end: null, speaker: null, text: 'Transcript Hello there' },
    ]);
  });

  it('plain text is one cue at 0', () => {
    expect(parseTranscript('\ufeffDana: hello.\r\nSam: hi.\r\n', 'text/plain')).toEqual([{ start: 0, end: null, speaker: null, text: 'Dana: hello.\nSam: hi.' }]);
  });

  it('sniffs the format when the type is missing, generic or wrong', () => {
    expect(parseTranscript(fixture('episode.vtt'), '')[0]?.speaker).toBe('Dana Reyes');
    expect(parseTranscript(fixture('episode.srt'), 'application/octet-stream')).toHaveLength(4);
    expect(parseTranscript(fixture('episode.json'), 'text/plain')).toHaveLength(3);
    expect(parseTranscript(fixture('episode.vtt'), 'application/json')).toHaveLength(3);
    expect(parseTranscript(fixture('episode.srt'), 'text/vtt')).toHaveLength(4);
    expect(sniffTranscript(fixture('episode.html'))).toBe('html');
    expect(sniffTranscript('Just words.')).toBe('text');
  });

  it.each([
    ['', 'text/plain', /the file is empty/],
    ['{"segments": ', 'application/json', /it is not valid JSON/],
    ['{"version": "1.0.0"}', 'application/json', /no "segments" list/],
    ['WEBVTT\n\nNOTE only a note\n', 'text/vtt', /no lines with times/],
    ['1\nnot a time --> either\ntext\n', 'application/srt', /no lines with times/],
  ])('refuses %j (%s) in plain words', (text, type, message) => {
    const error = refusal(() => parseTranscript(text, type));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^This transcript could not be read: /);
    expect(error.message).toMatch(message);
  });
});

describe('parseChapters', () => {
  it('reads, cleans, de-duplicates and sorts chapters; only web links and images are kept', () => {
    expect(parseChapters(fixture('chapters.json'))).toEqual([
      { start: 0, title: 'Intro', url: null, img: null },
      { start: 300, title: 'Asking for the meeting', url: null, img: null },
      { start: 754.5, title: 'The forecast call', url: 'https://pipeline.example.com/forecast', img: 'https://pipeline.example.com/forecast.jpg' },
    ]);
  });

  it.each([
    ['not json', /the file is not valid JSON/],
    ['null', /no "chapters" list/],
    ['{"version":"1.2.0"}', /no "chapters" list/],
    ['{"chapters":{}}', /no "chapters" list/],
  ])('refuses %j in plain words', (json, message) => {
    const error = refusal(() => parseChapters(json));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(message);
  });

  it('an empty list is no chapters', () => {
    expect(parseChapters('{"version":"1.2.0","chapters":[]}')).toEqual([]);
  });
});
