// What the preload puts on the page: the contract's envelope client as `window.fulcrum`. It is absent
// in browser mode, where the renderer talks HTTP instead.
import type { EnvelopeClient } from '../shared/client';

declare global {
  interface Window {
    fulcrum?: EnvelopeClient;
  }
}

export {};
