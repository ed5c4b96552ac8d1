// Starts the real browser-mode server (`src/web/start.ts`) as a child process on a free loopback
// port, and waits for it to print its address: the same door a user opens with `npm run web`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningFulcrum {
  /** The address with this run's token. */
  openUrl: string;
  origin: string;
  /** This run's access token. */
  token: string;
  dataDir: string;
  /** Calls an operation over HTTP as the page does; rejects with the core's message on failure. */
  api<T = unknown>(operation: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Starts with FULCRUM_TEST_CLOCK=1, so `host.setClock` can move the app's date. */
  testClock?: boolean;
}

const root = path.resolve(import.meta.dirname, '..', '..');

export function makeDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startFulcrum(dataDir: string, options: StartOptions = {}): Promise<RunningFulcrum> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/web/start.ts', '--data-dir', dataDir, '--port', '0', '--feed-refresh', 'off'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FULCRUM_DATA_DIR: '', FULCRUM_TEST_CLOCK: options.testClock ? '1' : '' },
  });
  let output = '';
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Fulcrum did not start within 60 s. Output:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Fulcrum exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
  const url = new URL(openUrl);
  const token = url.searchParams.get('token') as string;
  return {
    openUrl,
    origin: url.origin,
    token,
    dataDir,
    api: async <T>(operation: string, input: unknown = {}) => {
      const response = await fetch(`${url.origin}/api/${operation}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
      if (!envelope.ok) throw new Error(`${operation}: ${envelope.error.message}`);
      return envelope.value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** One browser-mode server on a fresh data folder for a spec file; `current()` follows restarts. */
export function serveFulcrumForFile(test: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }, options: StartOptions = {}) {
  let data: ReturnType<typeof makeDataDir> | undefined;
  let running: RunningFulcrum | undefined;
  test.beforeAll(async () => {
    data = makeDataDir();
    running = await startFulcrum(data.dir, options);
  });
  test.afterAll(async () => {
    await running?.stop();
    data?.remove();
  });
  return {
    current: () => running as RunningFulcrum,
    restart: async () => {
      await running?.stop();
      running = await startFulcrum((data as ReturnType<typeof makeDataDir>).dir, options);
      return running;
    },
  };
}
