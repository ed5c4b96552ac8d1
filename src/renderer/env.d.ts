// Globals the renderer relies on. The Electron preload exposes the typed client as `window.fulcrum`;
// in browser mode it is absent and the renderer talks HTTP instead (see transport/).
import type { FulcrumClient } from '../shared/client';

declare global {
  interface Window {
    fulcrum?: FulcrumClient;
  }
}

export {};
