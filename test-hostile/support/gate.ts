import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const hostileFixture = (name: string): string => path.join(root, 'test-hostile', 'fixtures', name);
/** The reference client host's script (the escaping client runs it after leaving its processes behind). */
export const referenceHost = path.join(root, 'bin', 'reference-client-host.js');
export const oneScenario = ['--', '--name', '^Save my password starts ticked$'];

export interface GateEnd {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** A fresh temporary folder of this suite. */
export const freshFolder = (): string => mkdtempSync(path.join(tmpdir(), 'signin-hostile-'));

/** Runs bin/gate.js with exactly these arguments (bounded: 3 minutes), from signin-sim's root. */
export function gate(args: readonly string[], env: NodeJS.ProcessEnv = {}): GateEnd {
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'gate.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    env: {
      ...process.env,
      INIT_CWD: root,
      CI: 'true',
      SIGNIN_ALLURE: '0',
      SIGNIN_CLIENT_TIMEOUT_MS: '10000',
      SIGNIN_CLIENT_START_TIMEOUT_MS: '30000',
      ...env,
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - started) / 1000 };
}

/** Live processes (zombies aside) whose command line holds `token`: a scoped pgrep over /proc. */
export function processesWith(token: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid)
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        if (/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))) return [];
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(token) ? [Number(d)] : [];
      } catch {
        return [];
      }
    });
}

/** Ends what a test found left running, so a failing test leaves the machine clean. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
}
