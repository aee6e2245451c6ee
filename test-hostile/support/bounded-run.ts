import { spawn } from 'node:child_process';

export interface BoundedRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** It was still running at the deadline and was ended (with every process of its group). */
  readonly timedOut: boolean;
  readonly ms: number;
}

/**
 * Runs a command in its own process group and ends the whole group at the deadline, so a command that hangs or
 * starts a long run (as today's code did with arguments it ignored) costs the test no more than `timeoutMs`.
 */
export function boundedRun(
  command: string,
  args: readonly string[],
  options: {
    readonly cwd: string;
    readonly env?: NodeJS.ProcessEnv;
    readonly timeoutMs: number;
    readonly input?: string;
    readonly inputEncoding?: BufferEncoding;
  },
): Promise<BoundedRun> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout = (stdout + c).slice(-200_000)));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-200_000)));
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(options.input ?? '', options.inputEncoding ?? 'utf8'));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}
