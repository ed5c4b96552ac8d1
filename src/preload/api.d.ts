// What the preload puts on the page: the typed client as `window.fulcrum`. It is absent in browser
// mode, where the renderer talks HTTP instead.
import type { FulcrumClient } from '../shared/client';

declare global {
  interface Window {
    fulcrum?: FulcrumClient;
  }
}

export {};
