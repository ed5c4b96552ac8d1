// The `fulcrum` command: the same core and contract as the app, for scripts and power users.
// Exit codes: 0 success, 1 failure, 2 bad usage; errors are one line on stderr.
import { parseArgs } from 'node:util';
import { flags, inFlagTerms } from './commandKit';
import { runCommand, UsageError, usage } from './commands';

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: flags,
    });
  } catch (error) {
    err.write(`fulcrum: ${(error as Error).message.split('\n')[0]} (see fulcrum --help)\n`);
    return 2;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    if (parsed.values.help) out.write(usage);
    else err.write('fulcrum: no command given; try fulcrum search "confirm an ask" (see fulcrum --help)\n');
    return parsed.values.help ? 0 : 2;
  }
  try {
    await runCommand(parsed.positionals, parsed.values, out, err);
    return 0;
  } catch (caught) {
    const error = inFlagTerms(caught, parsed.values);
    const message = (error as Error).message.split('\n')[0];
    err.write(`fulcrum: ${message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
