import * as path from 'node:path';

/** The program the external driver starts each time the simulated user starts Lync. */
export interface ClientCommand {
  /** A shell command line, run with `sh -c` (so it may hold arguments, quotes, `python3 client.py`). */
  readonly command: string;
  /** Where it runs: SIGNIN_CLIENT_CWD, else the harness's working directory. */
  readonly cwd: string;
  /** How failures and reports name it: SIGNIN_CLIENT_NAME, else its name from `initialize`, else the command. */
  readonly name: string | null;
}

const root = path.resolve(__dirname, '..', '..', '..');
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The reference client served over the protocol: the client when none is named. */
export const referenceHostCommand = `${quote(process.execPath)} ${quote(path.join(root, 'bin', 'reference-client-host.js'))}`;

/** SIGNIN_CLIENT, or the reference host when it is not set. */
export function clientCommand(env: NodeJS.ProcessEnv = process.env): ClientCommand {
  const command = env.SIGNIN_CLIENT?.trim() || referenceHostCommand;
  return { command, cwd: env.SIGNIN_CLIENT_CWD || process.cwd(), name: env.SIGNIN_CLIENT_NAME?.trim() || null };
}
