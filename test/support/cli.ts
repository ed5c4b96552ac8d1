// Runs the `fulcrum` command in-process through main(), on a given data folder, capturing what it
// prints (the child-process tests in src/cli/cli.test.ts prove the binary itself).
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function fulcrumIn(dataDir: string, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--data-dir', dataDir, ...args], { write: (t: string) => (stdout += t) } as never, { write: (t: string) => (stderr += t) } as never);
  return { code, stdout, stderr };
}
