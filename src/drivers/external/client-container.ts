import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';

/**
 * How the client processes are contained. `pid-namespace`: each client runs as the child of a small init in a PID
 * namespace of its own; when the init dies the kernel kills every process inside, whatever they did (setsid, double
 * fork, closed streams, an empty environment). `search`: the kernel refused; processes are found by group, marker
 * and pipes, which a process can escape (docs/gate.md, "Processes").
 */
export type Containment =
  { readonly kind: 'pid-namespace'; readonly prefix: readonly string[] } | { readonly kind: 'search'; readonly reason: string };

/**
 * The namespace's init (a POSIX shell, PID 1 inside): runs the client (`$1`) with `sh -c`, its stderr the client's
 * and fd 3 closed, then reports the client's exit status on fd 3 and waits there until the harness has counted what
 * the client left behind and kills it, which ends the namespace.
 */
const init = 'exec 4>&2 2>/dev/null; /bin/sh -c "$1" 2>&4 4>&- 3>&-; echo "$?" >&3; read -r _ <&3';

/** util-linux: `setpriv --pdeathsig KILL` ends unshare with the harness; `--kill-child` ends the init with unshare. */
const namespaced = ['unshare', '--pid', '--fork', '--kill-child', '--mount-proc'];
const candidates: readonly (readonly string[])[] = [
  ['setpriv', '--pdeathsig', 'KILL', '--', ...namespaced, '--'],
  // Without root, where unprivileged user namespaces are allowed.
  ['setpriv', '--pdeathsig', 'KILL', '--', ...namespaced, '--user', '--map-root-user', '--'],
];

let chosen: Containment | null = null;

/** SIGNIN_CONTAINMENT=search forces the fallback; otherwise the first namespace the kernel grants (probed once). */
export function containment(env: NodeJS.ProcessEnv = process.env): Containment {
  if (env.SIGNIN_CONTAINMENT === 'search') return { kind: 'search', reason: 'SIGNIN_CONTAINMENT=search' };
  chosen ??= probe();
  return chosen;
}

function probe(): Containment {
  let reason = '';
  for (const prefix of candidates) {
    const [file = '', ...args] = prefix;
    const r = spawnSync(file, [...args, '/bin/sh', '-c', 'exit 0'], { encoding: 'utf8', timeout: 5000 });
    if (r.status === 0) return { kind: 'pid-namespace', prefix };
    reason ||= r.error ? r.error.message : (r.stderr.trim().split('\n')[0] ?? `exit ${r.status}`);
  }
  return { kind: 'search', reason };
}

/** The program and arguments that run `command` under the containment. */
export function containedCommand(c: Containment, command: string): { readonly file: string; readonly args: string[] } {
  if (c.kind === 'search') return { file: '/bin/sh', args: ['-c', command] };
  const [file = '', ...args] = c.prefix;
  return { file, args: [...args, '/bin/sh', '-c', init, 'signin-client', command] };
}

/** The client's end as the init reported it on fd 3 (`$?`: 128 + n for signal n); null when it is no status. */
export function statusFromInit(text: string): { readonly code: number | null; readonly signal: string | null } | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  const signal = n > 128 ? Object.entries(constants.signals).find(([, v]) => v === n - 128)?.[0] : undefined;
  return signal ? { code: null, signal } : { code: n, signal: null };
}

/** One line for the gate's output: how the clients are contained, and what the fallback cannot promise. */
export function containmentLine(c: Containment): string {
  return c.kind === 'pid-namespace'
    ? 'Containment: each client in a PID namespace of its own (unshare); nothing it starts outlives it.'
    : `Containment: NONE from the kernel (${c.reason}); clients are found by process group, marker and pipes, which a process can escape (docs/gate.md, "Processes").`;
}
