import {
  check,
  errorCodes,
  errorLine,
  harnessMethods,
  isPlatformMethod,
  LineSplitter,
  parseLine,
  platformMethods,
  protocolVersion,
  requestLine,
  resultLine,
  StrictUtf8,
  type HarnessMethod,
  type HarnessParams,
  type HarnessResult,
  type PlatformMethod,
  type RpcMessage,
} from '../../protocol';
import type { ClientCommand } from './client-command';
import type { ClientFault, FaultCause } from './client-fault';
import type { ClientLimits } from './client-limits';
import { ProcessGroup, type LeftBehind, type ProcessEnd, type ProcessGroupEvents } from './process-group';
import { realTimers, type RealTimer } from './real-timers';
import type { ScenarioBudget } from './scenario-budget';

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
 * The JSON-RPC conversation with one client process over its stdin and stdout. Every line is validated against the
 * protocol's schemas; the first fault (crash, hang, garbage, a broken rule, an stderr flood) kills the whole process
 * group and fails every call in flight.
 */
export class ClientConnection {
  readonly #process: ProcessGroup;
  readonly #pending = new Map<number, Pending>();
  readonly #stdout: LineSplitter;
  readonly #utf8 = new StrictUtf8();
  #nextId = 1;
  #fault: ClientFault | null = null;
  /** Platform calls made while handling the current request of the harness. */
  #callsInRequest = 0;
  /** The client called process.exit: its program ended, whatever it answers after. */
  #exitCalled = false;
  /** The harness stopped reading the client's stdout because the client does not read its stdin. */
  #blocked = false;

  constructor(
    command: ClientCommand,
    env: NodeJS.ProcessEnv,
    private readonly limits: ClientLimits,
    private readonly budget: ScenarioBudget,
    private readonly hooks: ConnectionHooks,
    spare: ProcessGroup | null = null,
  ) {
    this.#stdout = new LineSplitter(limits.maxLineLength);
    const events: ProcessGroupEvents = {
      stdout: (chunk) => this.#onStdout(chunk),
      stderrFlood: (bytes) => this.#fail({ kind: 'stderr flood', bytes, limit: limits.maxStderrBytes }),
      leftBehind: (left) => this.#onLeftBehind(left),
      ended: (end) => this.#onEnd(end),
    };
    // A spare started earlier with the same command and environment (warm-spare.ts), else a process of its own now.
    this.#process = spare ?? new ProcessGroup(command, env, limits, events);
    spare?.attach(events);
  }

  /** The real process id (also its process group). */
  get pid(): number | undefined {
    return this.#process.pid;
  }

  get alive(): boolean {
    return this.#process.alive;
  }

  /** Sends a request and waits for its answer, validated, in real time no longer than `timeoutMs`. */
  call<M extends HarnessMethod>(method: M, params: HarnessParams<M>, during: string, timeoutMs: number): Promise<HarnessResult<M>> {
    return new Promise<HarnessResult<M>>((resolve, reject) => {
      if (this.#fault) return reject(this.#reported(this.#fault));
      if (!this.alive) {
        if (method === 'client/deliver') return resolve({} as HarnessResult<M>);
        return reject(this.#reported(this.#fail({ kind: 'ended early', during })));
      }
      const id = this.#nextId++;
      const timer = realTimers.setTimeout(() => this.#fail({ kind: 'hung', during, ms: timeoutMs, blocked: this.#blocked }), timeoutMs);
      const accept = (result: unknown): void => {
        const problem = check(harnessMethods[method].result, result, 'result');
        if (problem)
          reject(
            this.#reported(
              this.#fail({ kind: 'protocol violation', detail: `its answer to ${during} does not fit the protocol: ${problem}` }),
            ),
          );
        else resolve(result as HarnessResult<M>);
      };
      this.#pending.set(id, { method, during, resolve: accept, reject, timer });
      this.#callsInRequest = 0;
      this.#send(requestLine(id, method, params));
    });
  }

  /** Fails the client for a cause found outside the conversation (a wrong version, a wrong screen). */
  reject(cause: FaultCause): ClientFault {
    return this.#reported(this.#fail(cause));
  }

  /** Ends the process because the harness is done with it (Windows ends lync.exe): not a fault. */
  kill(): Promise<void> {
    return this.#process.kill();
  }

  #reported(fault: ClientFault): ClientFault {
    fault.reported = true;
    return fault;
  }

  #fail(cause: FaultCause): ClientFault {
    if (this.#fault) return this.#fault;
    const fault = this.hooks.fault(cause, this.#process.stderrLines());
    this.#fault = fault;
    for (const p of this.#pending.values()) {
      realTimers.clearTimeout(p.timer);
      p.reject(this.#reported(fault));
    }
    this.#pending.clear();
    this.#process.killNow();
    return fault;
  }

  /** Writes to the client; when its stdin is full (it does not read), stops reading its stdout until it reads. */
  #send(line: string): void {
    if (this.#process.write(line) || this.#blocked) return;
    this.#blocked = true;
    this.#process.pauseReading(true);
    void this.#process.drained().then(() => {
      this.#blocked = false;
      if (!this.#fault) this.#process.pauseReading(false);
    });
  }

  #onLeftBehind(left: LeftBehind): void {
    this.#fail({ kind: 'left processes', ...left });
  }

  #onStdout(chunk: Buffer): void {
    if (this.#fault) return;
    const over = this.budget.bytes(chunk.length);
    if (over) return void this.#fail({ kind: 'over limit', ...over });
    const text = this.#utf8.write(chunk);
    if (text === null) {
      this.#send(errorLine(null, errorCodes.parseError, 'not UTF-8'));
      return void this.#fail({
        kind: 'protocol violation',
        detail: 'wrote bytes on stdout that are not UTF-8 (the protocol is UTF-8 JSON)',
      });
    }
    const { lines, tooLong } = this.#stdout.push(text);
    for (const line of lines) {
      if (this.#fault) return;
      this.#onLine(line);
    }
    if (tooLong && !this.#fault)
      this.#fail({ kind: 'protocol violation', detail: `wrote a line longer than ${this.limits.maxLineLength} characters` });
  }

  #onLine(line: string): void {
    const parsed = parseLine(line);
    if (!parsed.ok) {
      this.#send(errorLine(null, parsed.code, parsed.reason));
      if (parsed.code === errorCodes.parseError) this.#fail({ kind: 'invalid JSON', line: snippet(line) });
      else this.#fail({ kind: 'protocol violation', detail: `wrote ${snippet(line)}: ${parsed.reason}` });
      return;
    }
    this.#onMessage(parsed.message);
  }

  #onMessage(m: RpcMessage): void {
    if (m.kind === 'notification') {
      this.#fail({
        kind: 'protocol violation',
        detail: `sent "${m.method}" as a notification (no "id"); every call to the harness is a request with an id`,
      });
    } else if (m.kind === 'request') {
      this.#onRequest(m.id, m.method, m.params);
    } else {
      const id = typeof m.id === 'number' ? m.id : -1;
      const pending = this.#pending.get(id);
      if (!pending) {
        const what = m.kind === 'error' ? `sent error ${m.error.code} "${m.error.message}"` : 'answered';
        this.#fail({ kind: 'protocol violation', detail: `${what} for id ${JSON.stringify(m.id)}, which the harness is not waiting for` });
      } else if (m.kind === 'error') {
        this.#fail({ kind: 'client error', during: pending.during, code: m.error.code, message: m.error.message });
      } else {
        this.#settle(id, pending);
        pending.resolve(m.result);
      }
    }
  }

  #settle(id: number, pending: Pending): void {
    realTimers.clearTimeout(pending.timer);
    this.#pending.delete(id);
  }

  #onRequest(id: number | string, method: string, params: unknown): void {
    const refuse = (code: number, message: string, cause: FaultCause): void => {
      this.#send(errorLine(id, code, message));
      this.#fail(cause);
    };
    if (!isPlatformMethod(method))
      return refuse(errorCodes.methodNotFound, `no method "${method}" in ${protocolVersion}`, { kind: 'unknown method', method });
    if (this.#pending.size === 0) {
      const detail = `called ${method} while handling no request of the harness (calls are allowed only while handling initialize, client/deliver or client/screen)`;
      return refuse(errorCodes.notNow, 'the platform serves calls only while the client handles a request of the harness', {
        kind: 'protocol violation',
        detail,
      });
    }
    const over = this.budget.call(++this.#callsInRequest);
    if (over) return refuse(errorCodes.overLimit, `more ${over.what} than ${over.limit}`, { kind: 'over limit', ...over });
    const problem = check(platformMethods[method].params, params, 'params');
    if (problem)
      return refuse(errorCodes.invalidParams, problem, {
        kind: 'protocol violation',
        detail: `called ${method} with params that do not fit: ${problem}`,
      });
    if (method === 'process.exit') this.#exitCalled = true;
    let result: unknown;
    try {
      result = this.hooks.serve(method, params);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return refuse(errorCodes.platformRefused, detail, { kind: 'platform refused', method, detail });
    }
    this.#send(resultLine(id, result));
  }

  #onEnd(end: ProcessEnd): void {
    const first = [...this.#pending.values()][0];
    if (end.startError !== null) this.#fail({ kind: 'could not start', detail: end.startError });
    else if (!this.#fault && !end.killedByHarness) {
      if (end.code !== 0 || end.signal !== null)
        this.#fail({ kind: 'crashed', code: end.code, signal: end.signal, during: first?.during ?? null });
      else if (first && first.method !== 'client/deliver') this.#fail({ kind: 'ended early', during: first.during });
      else if (first && first.during.startsWith('client/deliver (user.') && !this.#exitCalled)
        this.#fail({ kind: 'exited before the step', during: first.during });
    }
    for (const [id, p] of this.#pending) {
      this.#settle(id, p);
      if (p.method === 'client/deliver') p.resolve({});
      else p.reject(new Error(`the client process ended before answering ${p.during}`));
    }
    this.hooks.ended();
  }
}
