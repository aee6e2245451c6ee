import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { ClientCommand } from './client-command';
import { containedCommand, containment, statusFromInit } from './client-container';
import { clientEnvironment } from './client-environment';
import type { ClientLimits } from './client-limits';
import { tally } from './client-tally';
import { track, untrack, type Killable } from './live-clients';
import { namespaceMembers, namespaceOf } from './namespace-members';
import { findClientProcesses, killProcess, standardStreams, type ClientTraces, type FoundProcess } from './process-table';
import { realTimers, type RealTimer } from './real-timers';
import { StderrTail } from './stderr-tail';

/** How a process ended: its exit code or signal, or why it could not start. */
export interface ProcessEnd {
  readonly code: number | null;
  readonly signal: string | null;
  readonly startError: string | null;
  readonly killedByHarness: boolean;
}

/** What the harness found still running of a client and ended. */
export interface LeftBehind {
  /** In the client's process group, after the client ended by itself. */
  readonly inGroup: number;
  /** Outside its process group: in its PID namespace, or found by the marker in its environment or its pipes. */
  readonly escaped: number;
  /** How the client ended, when it ended by itself ("exit code 3"); null when the harness ended it. */
  readonly exit: string | null;
}

export interface ProcessGroupEvents {
  stdout(chunk: Buffer): void;
  /** More stderr than the limit: the owner decides (it fails the client). */
  stderrFlood(bytes: number): void;
  /** The client left processes behind (a fault of the client); they are ended already. */
  leftBehind(left: LeftBehind): void;
  /** Called once, when the process is gone and its output is read. */
  ended(end: ProcessEnd): void;
}

let started = 0;
/** This harness run's marker: the gate's (SIGNIN_GATE_RUN), else one of this process. */
const runId = (env: NodeJS.ProcessEnv): string => env.SIGNIN_GATE_RUN ?? `${process.pid}-${realTimers.now()}`;

/**
 * A command run with `sh -c` in a process group of its own, with a marker of its own in its environment
 * (SIGNIN_CLIENT_MARK). Where the kernel grants it, the group's leader is `unshare` and the command runs in a PID
 * namespace of its own ({@link containment}): ending the namespace's init ends everything inside. Otherwise, when
 * it ends, by itself or killed, everything found of it is ended too: its group, and any process carrying its marker
 * or holding its pipes. Its stderr is counted and only its end kept. It is tracked until it ends, so it never
 * outlives the harness.
 */
export class ProcessGroup implements Killable {
  readonly #child: ChildProcess;
  readonly #stderr: StderrTail;
  readonly #closed: Promise<void>;
  readonly #traces: ClientTraces;
  readonly #ended = new Set<number>();
  #exit: { readonly code: number | null; readonly signal: string | null } | null = null;
  #startError: string | null = null;
  #killedByHarness = false;
  #done = false;
  /** The client's PID namespace (`pid:[…]`), once unshare made it; null in the fallback or before. */
  #ns: string | null = null;
  readonly #contained: boolean;
  /** The namespace's init was killed: the kernel ends what is inside, nothing more to find. */
  #nsKilled = false;
  /** Who hears of the process: null while it is a spare (what happens is held until {@link attach}). */
  #events: ProcessGroupEvents | null;
  readonly #held: ((events: ProcessGroupEvents) => void)[] = [];
  /** A spare ended unused: not a client of any scenario, so nothing of it is counted. */
  #discarded = false;
  #floodHeld = false;

  /** @param events who hears of the process; null starts a spare, which {@link attach} gives its owner later */
  constructor(
    command: ClientCommand,
    env: NodeJS.ProcessEnv,
    private readonly limits: ClientLimits,
    events: ProcessGroupEvents | null,
  ) {
    this.#events = events;
    this.#stderr = new StderrTail(limits.keptStderrChars);
    const marker = `SIGNIN_CLIENT_MARK=${runId(env)}.${++started}`;
    if (events) tally.starts++;
    const own = { ...clientEnvironment(env), SIGNIN_CLIENT_MARK: marker.slice(marker.indexOf('=') + 1) };
    const how = containment(env);
    this.#contained = how.kind === 'pid-namespace';
    const { file, args } = containedCommand(how, command.command);
    this.#child = spawn(file, args, {
      cwd: command.cwd,
      env: own,
      stdio: ['pipe', 'pipe', 'pipe', this.#contained ? 'pipe' : 'ignore'],
      detached: true,
    });
    const pid = this.#child.pid ?? null;
    // The init's report of the client's end (fd 3): the namespace is still up, so what the client left is counted.
    const fromInit = this.#child.stdio[3] as Readable | null | undefined;
    fromInit?.on('error', () => undefined);
    fromInit?.on('data', (chunk: Buffer) => {
      const status = statusFromInit(chunk.toString('utf8'));
      if (status === null || this.#exit !== null) return;
      this.#exit = status;
      this.#endLeftovers(false);
      this.#killNamespace();
    });
    this.#traces = { pgid: pid, marker, pipes: pid === null ? [] : standardStreams(pid) };
    track(this);
    this.#closed = new Promise<void>((resolve) => {
      this.#child.once('close', () => resolve());
      this.#child.once('error', (error) => {
        this.#startError = error.message;
        resolve();
      });
      this.#child.once('exit', (code, signal) => {
        this.#exit ??= { code, signal };
        this.#endLeftovers(false);
        // Pipes still open soon after: someone holds them (a process that cleared its environment); find it by them.
        realTimers.setTimeout(() => this.#done || this.#endLeftovers(true), 100).unref();
        // Whatever still holds a pipe now is not ours to wait for: stop reading.
        realTimers
          .setTimeout(() => {
            this.#closeStreams();
            resolve();
          }, 1000)
          .unref();
      });
    }).then(() => {
      this.#done = true;
      this.#closeStreams();
      untrack(this);
      const exit = this.#exit ?? { code: null, signal: null };
      this.#emit((events) => events.ended({ ...exit, startError: this.#startError, killedByHarness: this.#killedByHarness }));
    });
    // Bytes, not text: the connection decodes them and refuses what is not UTF-8.
    this.#child.stdout?.on('data', (chunk: Buffer) => this.#emit((events) => events.stdout(chunk)));
    this.#child.stderr?.on('data', (chunk: Buffer) => {
      const bytes = this.#stderr.push(chunk);
      // A spare holds one flood, not one per chunk.
      if (bytes > limits.maxStderrBytes && (this.#events || !this.#floodHeld)) {
        this.#floodHeld = true;
        this.#emit((events) => events.stderrFlood(bytes));
      }
    });
    this.#child.stdin?.on('error', () => undefined);
    // A spare's stdout waits in its pipe (the client blocks on a full pipe) until it has an owner to read it.
    if (!events) this.#child.stdout?.pause();
  }

  /** A spare becomes a client: it is counted as a start, and its owner hears at once what happened so far, in order. */
  attach(events: ProcessGroupEvents): void {
    if (this.#events) throw new Error('ProcessGroup.attach: the process has its owner already');
    this.#events = events;
    tally.starts++;
    for (const held of this.#held.splice(0)) held(events);
    this.#child.stdout?.resume();
  }

  /** Ends a spare that no scenario used; nothing of it is counted (it never was a client). */
  discard(): void {
    if (this.#events) throw new Error('ProcessGroup.discard: only a spare is discarded; kill a client');
    this.#discarded = true;
    this.#killedByHarness = true;
    this.killNow();
  }

  #emit(event: (events: ProcessGroupEvents) => void): void {
    if (this.#discarded) return;
    if (this.#events) event(this.#events);
    else this.#held.push(event);
  }

  /** The real process id, which is also the process group's id. */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Running: neither exited nor failed to start. */
  get alive(): boolean {
    return !this.#done && this.#exit === null && this.#startError === null;
  }

  /** Writes a line; false when the pipe is full (the client does not read): wait for {@link drained}. */
  write(line: string): boolean {
    const stdin = this.#child.stdin;
    if (stdin && !stdin.destroyed && stdin.writable) return stdin.write(`${line}\n`);
    return true;
  }

  /** Resolves when the client has read what was written (or its stdin is gone). */
  drained(): Promise<void> {
    const stdin = this.#child.stdin;
    if (!stdin || stdin.destroyed || !stdin.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        stdin.off('drain', done);
        stdin.off('close', done);
        resolve();
      };
      stdin.on('drain', done);
      stdin.on('close', done);
    });
  }

  /** Stops reading stdout (the client then blocks writing), or reads on. */
  pauseReading(paused: boolean): void {
    if (paused) this.#child.stdout?.pause();
    else this.#child.stdout?.resume();
  }

  stderrLines(): string[] {
    return this.#stderr.lastLines();
  }

  /** Kills the group because the harness is done with it (not a fault), and waits (boundedly) until it is gone. */
  async kill(): Promise<void> {
    if (this.#done) return;
    this.#killedByHarness = true;
    this.killNow();
    await this.#gone();
  }

  /** Ends a spare no scenario used, as {@link discard}, and waits (boundedly) until it is gone: the run is over. */
  async discardAndWait(): Promise<void> {
    if (this.#done) return;
    this.discard();
    await this.#gone();
  }

  /** Until the group closed, or killWaitMs; the timer is cleared at once, or it would keep the harness alive. */
  async #gone(): Promise<void> {
    let timer: RealTimer | undefined;
    const waited = new Promise<void>((resolve) => (timer = realTimers.setTimeout(resolve, this.limits.killWaitMs)));
    await Promise.race([this.#closed, waited]);
    realTimers.clearTimeout(timer);
  }

  /** SIGKILL to the whole process group and to everything else of the client, at once. */
  killNow(): void {
    const pid = this.#child.pid;
    if (pid === undefined || this.#done) return;
    if (this.#exit === null && !this.#ended.has(pid)) {
      this.#ended.add(pid);
      if (this.#events) tally.clients++;
    }
    // A spare's namespace (discarded, or killed when the harness ends) is simply closed: nobody counts what it left.
    if (this.#events || !this.#contained) this.#endLeftovers(false);
    this.#killNamespace();
  }

  /** SIGKILL to the group: unshare, the init and the client (the kernel then ends the rest of the namespace). */
  #killNamespace(): void {
    const pid = this.#child.pid;
    if (pid === undefined) return;
    this.#nsKilled = this.#contained;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
    killProcess(pid);
  }

  /** Ends every process of the client but its leader (by group and marker; by its pipes too when asked); reports those left behind. */
  #endLeftovers(byPipes: boolean): void {
    const byItself = !this.#killedByHarness;
    let inGroup = 0;
    let escaped = 0;
    for (const found of this.#found(byPipes)) {
      killProcess(found.pid);
      if (this.#ended.has(found.pid)) continue;
      this.#ended.add(found.pid);
      if (!this.#events) {
        continue;
      } else if (found.by === 'group' && byItself && this.#exit !== null) {
        tally.leftInGroup++;
        inGroup++;
      } else if (found.by === 'group') {
        tally.descendants++;
      } else {
        tally.escaped++;
        escaped++;
      }
    }
    const exit =
      !byItself || this.#exit === null ? null : this.#exit.signal ? `killed by ${this.#exit.signal}` : `exit code ${this.#exit.code}`;
    if (inGroup + escaped > 0) this.#emit((events) => events.leftBehind({ inGroup, escaped, exit }));
  }

  /** What of the client still runs, but its leader: in its namespace (but the init), or found by its traces. */
  #found(byPipes: boolean): FoundProcess[] {
    const leader = this.#child.pid ?? -1;
    if (!this.#contained) {
      const traces = byPipes ? this.#traces : { ...this.#traces, pipes: [] };
      return findClientProcesses(traces, [process.pid, leader]);
    }
    this.#ns ??= namespaceOf(leader);
    if (this.#ns === null || this.#nsKilled) return [];
    // Inside: 1 is the init, 2 the client's shell (the first process the init starts), which stands for the leader.
    return namespaceMembers(this.#ns)
      .filter((m) => m.inside > 2)
      .map((m) => ({ pid: m.pid, by: m.pgid === leader ? 'group' : 'marker' }));
  }

  #closeStreams(): void {
    this.#child.stdout?.destroy();
    this.#child.stderr?.destroy();
    this.#child.stdin?.destroy();
    this.#child.stdio[3]?.destroy();
  }
}
