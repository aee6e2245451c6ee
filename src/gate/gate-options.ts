import * as path from 'node:path';

/** What the gate was asked to do. Paths are absolute. */
export interface GateOptions {
  /** The client's command line; null: the reference client host. */
  readonly client: string | null;
  readonly clientName: string | null;
  readonly expect: string | null;
  readonly out: string | null;
  readonly timeoutMs: number | null;
  /** Write reports/tally/gate-<name>.json for .ci/run (off for the gate's own tests). */
  readonly tally: boolean;
  /** Arguments for cucumber-js, after `--` (`--name <regexp>`, `--tags <expression>`). */
  readonly cucumberArgs: readonly string[];
  readonly help: boolean;
}

export const usage = `Usage: npm run gate -- --client "<command>" [--expect <expectations.json>] [options] [-- <cucumber-js arguments>]
       signin-sim-gate --client "<command>" [--expect <expectations.json>] [options] [-- <cucumber-js arguments>]

Runs the signin-sim features against a client that speaks the client protocol (docs/client-protocol.md)
and exits 0 only when every result is as expected.

  --client "<command>"   the client, as a shell command run from the current directory (else SIGNIN_CLIENT,
                         else the reference client host)
  --expect <file>        known deviations: { "client": "...", "knownDeviations": [{ "scenario", "reason" }] }
  --client-name <name>   the name in reports (else "client" from --expect, else from the command)
  --out <dir>            where the reports go (default: reports/external-<name>/ in signin-sim): a new or empty
                         folder, or one a gate run wrote; the gate deletes nothing it did not write
  --timeout <ms>         real time the client may take to answer one request (default 5000)
  --trace <file>         write every scenario's exchange with the client there (NDJSON, normalised, no secrets)
  --no-tally             do not write reports/tally/gate-<name>.json
  --version              print the gate's version (docs/gate.md#versions)
  --shard <i>/<n>        run shard i of n (every n-th scenario of the sorted list, from the i-th); then
                         signin-sim-gate merge <the n report folders> [--out <dir>] gives the one verdict
  --explore <N>          also explore N generated histories against the reference client (docs/exploration.md);
                         known divergences go in the expectations file's "knownDivergences"
  --explore-seed <S>     the exploration's seed (default 1)
  --explore-for <time>   explore for this long (90s, 5m, 1h), at most N histories when --explore is given too
  -- <args>              passed to cucumber-js, to run part of the suite: --name <regexp>, --tags <expression>
                         (an entry of --expect naming no scenario fails the gate only when the whole suite ran)`;

/** Parses the gate's arguments; `from` is the directory relative paths are resolved against (the caller's). */
export function parseGateOptions(argv: readonly string[], from: string, env: NodeJS.ProcessEnv = process.env): GateOptions {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const cucumberArgs = dash < 0 ? [] : argv.slice(dash + 1);
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const valued = ['--client', '--expect', '--client-name', '--out', '--timeout'];
  for (let i = 0; i < own.length; i++) {
    const arg = own[i] ?? '';
    const [key = '', inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (valued.includes(key)) {
      const value = inline ?? own[++i];
      // `--client --out x`: the flag's value is missing, not "--out".
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
        throw new Error(`${key} needs a value (npm run gate -- --help)`);
      values.set(key, value);
    } else if (key === '--no-tally' || key === '--help' || key === '-h') {
      flags.add(key);
    } else {
      throw new Error(`unknown argument "${arg}" (cucumber-js arguments go after "--"; npm run gate -- --help)`);
    }
  }
  const timeout = values.get('--timeout');
  const timeoutMs = timeout === undefined ? null : Number(timeout);
  if (timeoutMs !== null && !(timeoutMs > 0)) throw new Error(`--timeout needs a positive number of milliseconds; got "${timeout}"`);
  const abs = (p: string | undefined): string | null => (p === undefined ? null : path.resolve(from, p));
  return {
    client: values.get('--client') ?? (env.SIGNIN_CLIENT?.trim() || null),
    clientName: values.get('--client-name') ?? null,
    expect: abs(values.get('--expect')),
    out: abs(values.get('--out')),
    timeoutMs,
    tally: !flags.has('--no-tally'),
    cucumberArgs,
    help: flags.has('--help') || flags.has('-h'),
  };
}

/** A readable name from a command line: the script it runs ("examples/python-client/client.py" gives "python-client"). */
export function nameFromCommand(command: string): string {
  const tokens = command.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  const paths = tokens.map((t) => t.replace(/^['"]|['"]$/g, '')).filter((t) => t.includes('/') || /\.\w+$/.test(t));
  const script = paths[paths.length - 1] ?? tokens[0] ?? 'client';
  const base = path.basename(script).replace(/\.\w+$/, '');
  const generic = ['client', 'main', 'index', 'run', '__main__', 'app'];
  return generic.includes(base.toLowerCase()) ? path.basename(path.dirname(script)) || base : base;
}

export const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'client';
