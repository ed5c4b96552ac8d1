// Media-chrome's control names in the app's words: sentence case, "Speed 1.25x" (a name that holds
// the "1.25x" the button shows, as WCAG 2.5.3 asks), an audio player rather than a video one.
// Applied once, when the player's controls are first imported.
import { En } from 'media-chrome/lang/en.js';
import { addTranslation, setLanguage } from 'media-chrome/utils/i18n.js';

addTranslation('en', {
  ...En,
  play: 'Play',
  pause: 'Pause',
  mute: 'Mute',
  unmute: 'Unmute',
  seek: 'Seek',
  volume: 'Volume',
  'playback time': 'Playback time',
  'audio player': 'Audio player',
  'seek back {seekOffset} seconds': 'Back {seekOffset} seconds',
  'seek forward {seekOffset} seconds': 'Forward {seekOffset} seconds',
  'Playback rate {playbackRate}': 'Speed {playbackRate}x',
  'video not loaded, unknown time.': 'Nothing is loaded yet.',
});
// The rest of the app speaks English: the controls too, whatever the system's language.
setLanguage('en');
