import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
      env: {
        ...process.env,
        INIT_CWD: root,
        CI: 'true',
        SIGNIN_ALLURE: '0',
        SIGNIN_CLIENT_TIMEOUT_MS: '1500',
        SIGNIN_CLIENT_START_TIMEOUT_MS: '10000',
        SIGNIN_CLIENT_STDERR_LIMIT: '65536',
        FAULTY_PID_DIR: tmp,
        ...env,
      },
    },
  );
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, out, pidDir: tmp, seconds: (Date.now() - started) / 1000 };
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
    .map((f) => Number(f.replace(/\.pid$/, '')));
}

export const reportsWritten = (out: string): string[] =>
  ['messages.ndjson', 'junit.xml', 'cucumber.html', 'run.json'].filter((f) => !existsSync(path.join(out, f)));
