import { spawn, type ChildProcess } from 'node:child_process';
import {
  check,
  errorCodes,
  errorLine,
  harnessMethods,
  isPlatformMethod,
  LineSplitter,
  parseLine,
  platformMethods,
  requestLine,
  resultLine,
  type HarnessMethod,
  type HarnessParams,
  type HarnessResult,
  type PlatformMethod,
  type RpcMessage,
} from '../../protocol';
import type { ClientCommand } from './client-command';
import type { FaultCause, ClientFault } from './client-fault';
import type { ClientLimits } from './client-limits';
import { track, untrack } from './live-clients';
import { realDelay, realTimers, type RealTimer } from './real-timers';
import { StderrTail } from './stderr-tail';

/** What the connection needs from the one who owns it. */
export interface ConnectionHooks {
  /** Serves a platform call whose params fit the schema; throws when the fake world refuses it. */
  serve(method: PlatformMethod, params: unknown): unknown;
  /** Makes the failure for a cause (the owner knows the scenario, the step and the secrets). */
  fault(cause: FaultCause, stderr: readonly string[]): ClientFault;
  /** The process is gone, whatever the reason. Called once. */
  ended(): void;
}

interface Pending {
  readonly method: HarnessMethod;
  readonly during: string;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: RealTimer;
}

const snippet = (line: string): string => JSON.stringify(line.length > 120 ? `${line.slice(0, 117)}...` : line);

/**
 * One client process and the JSON-RPC conversation with it over its stdin and stdout. Every line is validated
 * against the protocol's schemas; the first fault (crash, hang, garbage, a broken rule, an stderr flood) kills the
 * whole process group and fails every call in flight. The process runs in its own group, so killing it leaves nothing.
 */
export class ClientConnection {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, Pending>();
  readonly #stdout: LineSplitter;
  readonly #stderr: StderrTail;
  readonly #closed: Promise<void>;
  #nextId = 1;
  #fault: ClientFault | null = null;
  #killedByHarness = false;
  #exit: { readonly code: number | null; readonly signal: string | null } | null = null;
  #ended = false;

  constructor(
    command: ClientCommand,
    env: NodeJS.ProcessEnv,
    private readonly limits: ClientLimits,
    private readonly hooks: ConnectionHooks,
  ) {
    this.#stdout = new LineSplitter(limits.maxLineLength);
    this.#stderr = new StderrTail(limits.keptStderrChars);
    this.#child = spawn('/bin/sh', ['-c', command.command], { cwd: command.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    track(this);
    this.#closed = new Promise<void>((resolve) => {
      this.#child.once('close', () => resolve());
      this.#child.once('error', (error) => {
        this.#fail({ kind: 'could not start', detail: error.message });
        resolve();
      });
      this.#child.once('exit', (code, signal) => {
        this.#exit = { code, signal };
        realTimers.setTimeout(resolve, 1000).unref();
      });
    }).then(() => this.#onEnd());
    this.#child.stdout?.setEncoding('utf8');
    this.#child.stdout?.on('data', (chunk: string) => this.#onStdout(chunk));
    this.#child.stderr?.on('data', (chunk: Buffer) => this.#onStderr(chunk));
    this.#child.stdin?.on('error', () => undefined);
  }

  /** The real process id (also its process group). */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  get alive(): boolean {
    return !this.#ended && this.#exit === null;
  }

  get fault(): ClientFault | null {
    return this.#fault;
  }

  get killedByHarness(): boolean {
    return this.#killedByHarness;
  }

  /** Sends a request and waits for its answer, validated, in real time no longer than `timeoutMs`. */
  call<M extends HarnessMethod>(method: M, params: HarnessParams<M>, during: string, timeoutMs: number): Promise<HarnessResult<M>> {
    return new Promise<HarnessResult<M>>((resolve, reject) => {
      if (this.#fault) return reject(this.#reported(this.#fault));
      if (!this.alive) return method === 'client/deliver' ? resolve({} as HarnessResult<M>) : reject(this.#reported(this.#fail({ kind: 'ended early', during })));
      const id = this.#nextId++;
      const timer = realTimers.setTimeout(() => this.#fail({ kind: 'hung', during, ms: timeoutMs }), timeoutMs);
      const accept = (result: unknown): void => {
        const problem = check(harnessMethods[method].result, result, 'result');
        if (problem) this.#fail({ kind: 'protocol violation', detail: `its answer to ${during} does not fit the protocol: ${problem}` });
        else resolve(result as HarnessResult<M>);
      };
      this.#pending.set(id, { method, during, resolve: accept, reject, timer });
      this.#write(requestLine(id, method, params));
    });
  }

  /** Fails the client for a cause found outside the conversation (a wrong version, a wrong screen). */
  reject(cause: FaultCause): ClientFault {
    return this.#reported(this.#fail(cause));
  }

  /** Kills the process group and waits (boundedly) until it is gone. Not a fault. */
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

  stderrLines(): string[] {
    return this.#stderr.lastLines();
  }

  #write(line: string): void {
    const stdin = this.#child.stdin;
    if (stdin && !stdin.destroyed && stdin.writable) stdin.write(`${line}\n`);
  }

  #reported(fault: ClientFault): ClientFault {
    fault.reported = true;
    return fault;
  }

  #fail(cause: FaultCause): ClientFault {
    if (this.#fault) return this.#fault;
    const fault = this.hooks.fault(cause, this.#stderr.lastLines());
    this.#fault = fault;
    for (const p of this.#pending.values()) {
      realTimers.clearTimeout(p.timer);
      p.reject(this.#reported(fault));
    }
    this.#pending.clear();
    this.killNow();
    return fault;
  }

  #onStderr(chunk: Buffer): void {
    const bytes = this.#stderr.push(chunk);
    if (bytes > this.limits.maxStderrBytes) this.#fail({ kind: 'stderr flood', bytes, limit: this.limits.maxStderrBytes });
  }

  #onStdout(chunk: string): void {
    if (this.#fault) return;
    const { lines, tooLong } = this.#stdout.push(chunk);
    for (const line of lines) {
      if (this.#fault) return;
      this.#onLine(line);
    }
    if (tooLong && !this.#fault) this.#fail({ kind: 'protocol violation', detail: `wrote a line longer than ${this.limits.maxLineLength} characters` });
  }

  #onLine(line: string): void {
    const parsed = parseLine(line);
    if (!parsed.ok) {
      this.#write(errorLine(null, parsed.code, parsed.reason));
      if (parsed.code === errorCodes.parseError) this.#fail({ kind: 'invalid JSON', line: snippet(line) });
      else this.#fail({ kind: 'protocol violation', detail: `wrote ${snippet(line)}: ${parsed.reason}` });
      return;
    }
    this.#onMessage(parsed.message);
  }

  #onMessage(m: RpcMessage): void {
    switch (m.kind) {
      case 'notification':
        this.#fail({ kind: 'protocol violation', detail: `sent "${m.method}" as a notification (no "id"); every call to the harness is a request with an id` });
        return;
      case 'request':
        this.#onRequest(m.id, m.method, m.params);
        return;
      case 'result': {
        const pending = typeof m.id === 'number' ? this.#pending.get(m.id) : undefined;
        if (!pending) return void this.#fail({ kind: 'protocol violation', detail: `answered id ${JSON.stringify(m.id)}, which the harness is not waiting for` });
        this.#settle(m.id as number, pending);
        pending.resolve(m.result);
        return;
      }
      case 'error': {
        const pending = typeof m.id === 'number' ? this.#pending.get(m.id) : undefined;
        if (!pending) return void this.#fail({ kind: 'protocol violation', detail: `sent error ${m.error.code} "${m.error.message}" for id ${JSON.stringify(m.id)}, which the harness is not waiting for` });
        this.#fail({ kind: 'client error', during: pending.during, code: m.error.code, message: m.error.message });
        return;
      }
    }
  }

  #settle(id: number, pending: Pending): void {
    realTimers.clearTimeout(pending.timer);
    this.#pending.delete(id);
  }

  #onRequest(id: number | string, method: string, params: unknown): void {
    if (!isPlatformMethod(method)) {
      this.#write(errorLine(id, errorCodes.methodNotFound, `no method "${method}" in signin-sim/1`));
      return void this.#fail({ kind: 'unknown method', method });
    }
    if (this.#pending.size === 0) {
      this.#write(errorLine(id, errorCodes.notNow, 'the platform serves calls only while the client handles a request of the harness'));
      return void this.#fail({ kind: 'protocol violation', detail: `called ${method} while handling no request of the harness (calls are allowed only while handling initialize, client/deliver or client/screen)` });
    }
    const problem = check(platformMethods[method].params, params, 'params');
    if (problem) {
      this.#write(errorLine(id, errorCodes.invalidParams, problem));
      return void this.#fail({ kind: 'protocol violation', detail: `called ${method} with params that do not fit: ${problem}` });
    }
    let result: unknown;
    try {
      result = this.hooks.serve(method, params);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.#write(errorLine(id, errorCodes.platformRefused, detail));
      return void this.#fail({ kind: 'platform refused', method, detail });
    }
    this.#write(resultLine(id, result));
  }

  #onEnd(): void {
    if (this.#ended) return;
    this.#ended = true;
    untrack(this);
    const exit = this.#exit;
    const first = [...this.#pending.values()][0];
    if (!this.#fault && !this.#killedByHarness && exit !== null) {
      if (exit.code !== 0 || exit.signal !== null) this.#fail({ kind: 'crashed', code: exit.code, signal: exit.signal, during: first?.during ?? null });
      else if (first && first.method !== 'client/deliver') this.#fail({ kind: 'ended early', during: first.during });
    }
    for (const [id, p] of this.#pending) {
      this.#settle(id, p);
      if (p.method === 'client/deliver') p.resolve({});
      else p.reject(new Error(`the client process ended before answering ${p.during}`));
    }
    this.hooks.ended();
  }
}
