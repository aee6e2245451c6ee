import { spawn, type ChildProcess } from 'node:child_process';
import type { ClientCommand } from './client-command';
import type { ClientLimits } from './client-limits';
import { track, untrack, type Killable } from './live-clients';
import { realDelay, realTimers } from './real-timers';
import { StderrTail } from './stderr-tail';

/** How a process ended: its exit code or signal, or why it could not start. */
export interface ProcessEnd {
  readonly code: number | null;
  readonly signal: string | null;
  readonly startError: string | null;
  readonly killedByHarness: boolean;
}

export interface ProcessGroupEvents {
  stdout(chunk: string): void;
  /** More stderr than the limit: the owner decides (it fails the client). */
  stderrFlood(bytes: number): void;
  /** Called once, when the process is gone and its output is read. */
  ended(end: ProcessEnd): void;
}

/**
 * A command run with `sh -c` as the leader of its own process group, so that killing it kills everything it
 * started. Its stderr is counted and only its end kept. It is tracked until it ends, so it never outlives the harness.
 */
export class ProcessGroup implements Killable {
  readonly #child: ChildProcess;
  readonly #stderr: StderrTail;
  readonly #closed: Promise<void>;
  #exit: { readonly code: number | null; readonly signal: string | null } | null = null;
  #startError: string | null = null;
  #killedByHarness = false;
  #ended = false;

  constructor(
    command: ClientCommand,
    env: NodeJS.ProcessEnv,
    private readonly limits: ClientLimits,
    events: ProcessGroupEvents,
  ) {
    this.#stderr = new StderrTail(limits.keptStderrChars);
    this.#child = spawn('/bin/sh', ['-c', command.command], { cwd: command.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    track(this);
    this.#closed = new Promise<void>((resolve) => {
      this.#child.once('close', () => resolve());
      this.#child.once('error', (error) => {
        this.#startError = error.message;
        resolve();
      });
      this.#child.once('exit', (code, signal) => {
        this.#exit = { code, signal };
        // A grandchild may hold stdout open: do not wait for it for long.
        realTimers.setTimeout(resolve, 1000).unref();
      });
    }).then(() => {
      this.#ended = true;
      untrack(this);
      const exit = this.#exit ?? { code: null, signal: null };
      events.ended({ ...exit, startError: this.#startError, killedByHarness: this.#killedByHarness });
    });
    this.#child.stdout?.setEncoding('utf8');
    this.#child.stdout?.on('data', (chunk: string) => events.stdout(chunk));
    this.#child.stderr?.on('data', (chunk: Buffer) => {
      const bytes = this.#stderr.push(chunk);
      if (bytes > limits.maxStderrBytes) events.stderrFlood(bytes);
    });
    this.#child.stdin?.on('error', () => undefined);
  }

  /** The real process id, which is also the process group's id. */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Running: neither exited nor failed to start. */
  get alive(): boolean {
    return !this.#ended && this.#exit === null && this.#startError === null;
  }

  write(line: string): void {
    const stdin = this.#child.stdin;
    if (stdin && !stdin.destroyed && stdin.writable) stdin.write(`${line}\n`);
  }

  stderrLines(): string[] {
    return this.#stderr.lastLines();
  }

  /** Kills the group because the harness is done with it (not a fault), and waits (boundedly) until it is gone. */
  async kill(): Promise<void> {
    if (this.#ended) return;
    this.#killedByHarness = true;
    this.killNow();
    await Promise.race([this.#closed, realDelay(this.limits.killWaitMs)]);
  }

  /** SIGKILL to the whole process group, at once. */
  killNow(): void {
    const pid = this.#child.pid;
    if (pid === undefined || this.#ended) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
    try {
      this.#child.kill('SIGKILL');
    } catch {
      // Gone already.
    }
  }
}
