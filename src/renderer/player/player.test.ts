// The player's pure parts: chapters at a time and moving between them, speed steps, the queue's
// new orders, the keyboard shortcuts' decisions, and what the system's media controls are told.
import { describe, expect, it } from 'vitest';
import { chapterAt, nextChapterStart, previousChapterStart } from './chapterNavigation';
import { metadataOf, nextTrackMove, positionStateOf, previousTrackMove, sessionHandlers, type SessionControls } from './mediaSessionModel';
import { shortcutOf, type FocusTarget } from './playerShortcuts';
import { movedInQueue, withoutInQueue } from './queueOrder';
import { speedLabel, stepSpeed } from './speedSteps';

const chapters = [{ start: 0 }, { start: 60 }, { start: 700 }];

describe('chapters', () => {
  it('finds the chapter playing at a time', () => {
    expect(chapterAt([], 10)).toBe(-1);
    expect(chapterAt([{ start: 5 }], 2)).toBe(-1);
    expect(chapterAt(chapters, 0)).toBe(0);
    expect(chapterAt(chapters, 59.9)).toBe(0);
    expect(chapterAt(chapters, 60)).toBe(1);
    expect(chapterAt(chapters, 5000)).toBe(2);
  });

  it('goes back to this chapter’s start, or to the one before when it has just begun', () => {
    expect(previousChapterStart(chapters, 100)).toBe(60);
    expect(previousChapterStart(chapters, 62)).toBe(0);
    expect(previousChapterStart(chapters, 1)).toBe(0);
    expect(previousChapterStart([], 10)).toBeNull();
  });

  it('goes on to the next chapter, none after the last', () => {
    expect(nextChapterStart(chapters, 0)).toBe(60);
    expect(nextChapterStart(chapters, 61)).toBe(700);
    expect(nextChapterStart(chapters, 701)).toBeNull();
  });
});

describe('speed steps', () => {
  it('steps along the choices from 0.5× to 3×, staying at the ends', () => {
    expect(stepSpeed(1, 1)).toBe(1.25);
    expect(stepSpeed(1, -1)).toBe(0.75);
    expect(stepSpeed(2, 1)).toBe(2.5);
    expect(stepSpeed(3, 1)).toBe(3);
    expect(stepSpeed(0.5, -1)).toBe(0.5);
    expect(stepSpeed(1.1, 1)).toBe(1.25);
    expect(stepSpeed(1.1, -1)).toBe(1);
  });

  it('labels a speed', () => {
    expect(speedLabel(1)).toBe('1×');
    expect(speedLabel(1.25)).toBe('1.25×');
    expect(speedLabel(0.5)).toBe('0.5×');
  });
});

describe('queue orders', () => {
  it('moves an episode one place, never past either end, and takes one out', () => {
    expect(movedInQueue(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedInQueue(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(movedInQueue(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movedInQueue(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(movedInQueue(['a'], 'z', 1)).toEqual(['a']);
    expect(withoutInQueue(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
});

describe('keyboard shortcuts', () => {
  const on = (tagName: string, role: string | null = null, isContentEditable = false): FocusTarget => ({ tagName, role, isContentEditable });
  const press = (key: string, target: FocusTarget | null = on('BODY'), modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    shortcutOf({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers, target });

  it('maps Space, the arrows, [ ] and N to the player', () => {
    expect(press(' ')).toBe('toggle');
    expect(press('ArrowLeft')).toBe('back');
    expect(press('ArrowRight')).toBe('forward');
    expect(press('[')).toBe('slower');
    expect(press(']')).toBe('faster');
    expect(press('n')).toBe('note');
    expect(press('N')).toBe('note');
    expect(press('x')).toBeNull();
    expect(press(' ', null)).toBe('toggle');
  });

  it('leaves every key to a field being typed in, and modified keys to the system', () => {
    for (const target of [on('INPUT'), on('TEXTAREA'), on('SELECT'), on('DIV', null, true), on('DIV', 'textbox'), on('INPUT', 'combobox')]) {
      expect([' ', 'ArrowLeft', '[', 'n'].map((key) => press(key, target))).toEqual([null, null, null, null]);
    }
    expect(press('n', on('BODY'), { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', on('BODY'), { altKey: true })).toBeNull();
    expect(press(' ', on('BODY'), { metaKey: true })).toBeNull();
  });

  it('leaves Space to buttons and other controls it activates, but not to links', () => {
    expect(press(' ', on('BUTTON'))).toBeNull();
    expect(press(' ', on('SUMMARY'))).toBeNull();
    expect(press(' ', on('DIV', 'button'))).toBeNull();
    expect(press(' ', on('MEDIA-PLAY-BUTTON', 'button'))).toBeNull();
    expect(press(' ', on('DIV', 'menuitemradio'))).toBeNull();
    expect(press(' ', on('A'))).toBe('toggle');
    expect(press('n', on('BUTTON'))).toBe('note');
  });

  it('leaves the arrows to sliders, lists and menus, but not to buttons', () => {
    expect(press('ArrowRight', on('MEDIA-TIME-RANGE'))).toBeNull();
    expect(press('ArrowRight', on('DIV', 'slider'))).toBeNull();
    expect(press('ArrowLeft', on('UL', 'listbox'))).toBeNull();
    expect(press('ArrowLeft', on('DIV', 'menu'))).toBeNull();
    expect(press('ArrowLeft', on('BUTTON'))).toBe('back');
  });
});

describe('the system’s media controls', () => {
  it('shows the episode as a track: title, the show as artist, its artwork', () => {
    expect(metadataOf({ title: 'Asking for the close date', showTitle: 'Pipeline Coaching Hour' }, 'data:image/png;base64,AAAA')).toEqual({
      title: 'Asking for the close date',
      artist: 'Pipeline Coaching Hour',
      album: 'Pipeline Coaching Hour',
      artwork: [{ src: 'data:image/png;base64,AAAA', sizes: '512x512', type: 'image/png' }],
    });
    expect(metadataOf({ title: 'T', showTitle: 'S' }, null).artwork).toEqual([]);
  });

  it('gives a position only once the length is known, within it', () => {
    expect(positionStateOf(NaN, 3, 1)).toBeNull();
    expect(positionStateOf(Infinity, 3, 1)).toBeNull();
    expect(positionStateOf(100, 3, 0)).toBeNull();
    expect(positionStateOf(100, 30, 1.5)).toEqual({ duration: 100, position: 30, playbackRate: 1.5 });
    expect(positionStateOf(100, 100.2, 1)).toEqual({ duration: 100, position: 100, playbackRate: 1 });
  });

  it('makes previous and next move between chapters, then on to the queue', () => {
    expect(previousTrackMove(chapters, 100)).toEqual({ kind: 'seek', to: 60 });
    expect(previousTrackMove([], 40)).toEqual({ kind: 'seek', to: 0 });
    expect(previousTrackMove([], 0)).toBeNull();
    expect(nextTrackMove(chapters, 100, 0)).toEqual({ kind: 'seek', to: 700 });
    expect(nextTrackMove(chapters, 710, 2)).toEqual({ kind: 'queue' });
    expect(nextTrackMove(chapters, 710, 0)).toBeNull();
    expect(nextTrackMove([], 5, 1)).toEqual({ kind: 'queue' });
  });

  it('hands each action to the player, the system’s own skip length first, and offers only what can be done', () => {
    const calls: string[] = [];
    const controls: SessionControls = {
      play: () => calls.push('play'),
      pause: () => calls.push('pause'),
      skip: (direction, seconds) => calls.push(`${direction} ${seconds ?? 'default'}`),
      seekTo: (seconds) => calls.push(`to ${seconds}`),
      previous: () => calls.push('previous'),
      next: () => calls.push('next'),
    };
    const handlers = new Map(sessionHandlers(controls, { previous: true, next: false }));
    expect([...handlers.keys()]).toEqual(['play', 'pause', 'stop', 'seekbackward', 'seekforward', 'seekto', 'previoustrack', 'nexttrack']);
    expect(handlers.get('nexttrack')).toBeNull();
    handlers.get('play')?.({ action: 'play' });
    handlers.get('seekbackward')?.({ action: 'seekbackward' });
    handlers.get('seekforward')?.({ action: 'seekforward', seekOffset: 10 });
    handlers.get('seekto')?.({ action: 'seekto', seekTime: 42 });
    handlers.get('previoustrack')?.({ action: 'previoustrack' });
    handlers.get('stop')?.({ action: 'stop' });
    expect(calls).toEqual(['play', 'back default', 'forward 10', 'to 42', 'previous', 'pause']);
  });
});
