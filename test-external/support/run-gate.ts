import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const fixture = (name: string): string => path.join(root, 'test-external', 'fixtures', name);

export interface GateRunResult {
  readonly status: number | null;
  readonly output: string;
  readonly out: string;
  readonly pidDir: string;
  readonly seconds: number;
  /** When the gate ended, in ms since the epoch. */
  readonly endedAt: number;
}

const gateEnv = (tmp: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...process.env,
  INIT_CWD: root,
  CI: 'true',
  SIGNIN_ALLURE: '0',
  SIGNIN_CLIENT_TIMEOUT_MS: '1500',
  SIGNIN_CLIENT_START_TIMEOUT_MS: '10000',
  SIGNIN_CLIENT_STDERR_LIMIT: '65536',
  FAULTY_PID_DIR: tmp,
  ...env,
});

/** A gate run in the background, to signal it: its pid, and its end (with the time it ended, in ms since the epoch). */
export function startGate(
  client: string,
  cucumberArgs: readonly string[],
  env: NodeJS.ProcessEnv = {},
): { readonly pid: number; readonly pidDir: string; readonly done: Promise<GateRunResult> } {
  const tmp = mkdtempSync(path.join(tmpdir(), 'signin-gate-'));
  const out = path.join(tmp, 'reports');
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [path.join(root, 'bin', 'gate.js'), '--client', client, '--out', out, '--no-tally', '--', ...cucumberArgs],
    {
      cwd: root,
      env: gateEnv(tmp, env),
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  const done = new Promise<GateRunResult>((resolve) => {
    child.once('exit', (status) => {
      const endedAt = Date.now();
      child.once('close', () => resolve({ status, output, out, pidDir: tmp, seconds: (endedAt - started) / 1000, endedAt }));
    });
  });
  return { pid: child.pid ?? -1, pidDir: tmp, done };
}

/** Runs bin/gate.js against a client, with short real-time limits, into a fresh temporary directory. */
export function runGate(
  client: string,
  cucumberArgs: readonly string[],
  env: NodeJS.ProcessEnv = {},
  gateArgs: readonly string[] = [],
): GateRunResult {
  const tmp = mkdtempSync(path.join(tmpdir(), 'signin-gate-'));
  const out = path.join(tmp, 'reports');
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'gate.js'), '--client', client, '--out', out, '--no-tally', ...gateArgs, '--', ...cucumberArgs],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: gateEnv(tmp, env),
    },
  );
  const endedAt = Date.now();
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, out, pidDir: tmp, seconds: (endedAt - started) / 1000, endedAt };
}

/** True while a process exists and is not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The pids a fixture client noted in its pid directory (itself, and any child it started). */
export function notedPids(dir: string): number[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pid'))
    .map((f) => Number(f.split('.')[0]));
}

const readlinkOr = (link: string): string | null => {
  try {
    return readlinkSync(link);
  } catch {
    return null;
  }
};

/**
 * The noted processes still running, as pids of this test's /proc. A fixture notes its pid as it sees it, with its
 * PID namespace (`pid:[…]`); in a namespace of its own, the process is the one in that namespace with that pid there.
 */
export function notedStillRunning(dir: string): number[] {
  const own = readlinkOr('/proc/self/ns/pid');
  const live = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pid'))
    .flatMap((f) => {
      const pid = Number(f.split('.')[0]);
      const ns = readFileSync(path.join(dir, f), 'utf8').trim();
      if (!ns.startsWith('pid:[') || ns === own) return isRunning(pid) ? [pid] : [];
      return live.map(Number).filter((p) => {
        if (readlinkOr(`/proc/${p}/ns/pid`) !== ns || !isRunning(p)) return false;
        const nspid = /^NSpid:.*\s(\d+)\s*$/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
        return Number(nspid) === pid;
      });
    });
}

export const reportsWritten = (out: string): string[] =>
  ['messages.ndjson', 'junit.xml', 'cucumber.html', 'run.json'].filter((f) => !existsSync(path.join(out, f)));

/** Live processes (zombies aside) whose environment names this test's pid directory: a scoped pgrep. */
export function processesOfTest(dir: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`).includes(`FAULTY_PID_DIR=${dir}\0`) && isRunning(pid);
      } catch {
        return false;
      }
    });
}

/** When the fixture client committed its fault (ms since the epoch), from $FAULTY_PID_DIR/fault-at. */
export const faultAt = (dir: string): number | null => {
  const file = path.join(dir, 'fault-at');
  return existsSync(file) ? Number(readFileSync(file, 'utf8')) : null;
};
