// The search worker when the app runs from its TypeScript sources (browser mode, the CLI, tests):
// the worker thread gets tsx's loader, then runs the worker. The desktop build runs the bundled
// searchWorker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./searchWorker.ts');
