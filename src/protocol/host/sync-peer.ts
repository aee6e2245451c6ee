import { check } from '../check';
import { errorCodes } from '../error-codes';
import { errorLine, parseLine, requestLine, resultLine, type RpcId } from '../json-rpc';
import {
  harnessMethods,
  isHarnessMethod,
  platformMethods,
  type HarnessMethod,
  type HarnessParams,
  type HarnessResult,
  type PlatformMethod,
  type PlatformParams,
  type PlatformResult,
} from '../methods';
import type { SyncLines } from './sync-lines';

/** A request of the harness, checked against the protocol. */
export type HarnessRequest = {
  readonly [M in HarnessMethod]: { readonly id: RpcId; readonly method: M; readonly params: HarnessParams<M> };
}[HarnessMethod];

/** The harness broke the protocol (or went away): the client can only stop. */
export class HarnessBrokeProtocol extends Error {}

/**
 * The client's end of the protocol, blocking: one request of the harness at a time, and platform calls that return
 * their answer. Everything received is validated against the same schemas the harness uses.
 */
export class SyncPeer {
  #nextId = 1;

  constructor(private readonly io: SyncLines) {}

  /** The next request of the harness, or null when the harness closed our stdin. */
  nextRequest(): HarnessRequest | null {
    const line = this.io.read();
    if (line === null) return null;
    const parsed = parseLine(line);
    if (!parsed.ok) throw this.#broke(null, parsed.code, parsed.reason);
    const m = parsed.message;
    if (m.kind !== 'request') throw this.#broke(null, errorCodes.invalidRequest, `expected a request of the harness; got a ${m.kind}`);
    if (!isHarnessMethod(m.method)) throw this.#broke(m.id, errorCodes.methodNotFound, `no method "${m.method}"`);
    const problem = check(harnessMethods[m.method].params, m.params, 'params');
    if (problem) throw this.#broke(m.id, errorCodes.invalidParams, problem);
    return { id: m.id, method: m.method, params: m.params } as HarnessRequest;
  }

  answer<M extends HarnessMethod>(id: RpcId, _method: M, result: HarnessResult<M>): void {
    this.io.write(resultLine(id, result));
  }

  refuse(id: RpcId | null, code: number, message: string): void {
    this.io.write(errorLine(id, code, message));
  }

  /** A platform call: sends it and blocks until its answer, which must fit the method's result schema. */
  call<M extends PlatformMethod>(method: M, params: PlatformParams<M>): PlatformResult<M> {
    const id = this.#nextId++;
    this.io.write(requestLine(id, method, params));
    const line = this.io.read();
    if (line === null) throw new HarnessBrokeProtocol(`the harness closed stdin while we waited for ${method}`);
    const parsed = parseLine(line);
    if (!parsed.ok) throw this.#broke(null, parsed.code, parsed.reason);
    const m = parsed.message;
    if (m.kind === 'error') throw new HarnessBrokeProtocol(`${method} failed: ${m.error.code} ${m.error.message}`);
    if (m.kind !== 'result' || m.id !== id)
      throw this.#broke(null, errorCodes.invalidRequest, `expected the answer to ${method} (id ${id}); got a ${m.kind}`);
    const problem = check(platformMethods[method].result, m.result, 'result');
    if (problem) throw new HarnessBrokeProtocol(`the answer to ${method} does not fit: ${problem}`);
    return m.result as PlatformResult<M>;
  }

  #broke(id: RpcId | null, code: number, reason: string): HarnessBrokeProtocol {
    this.refuse(id, code, reason);
    return new HarnessBrokeProtocol(reason);
  }
}
