import type { ClientLimits } from './client-limits';
import { tally } from './client-tally';

/** A cap a client went past: which, its limit, and the setting that changes it. */
export interface Exceeded {
  readonly what: string;
  readonly limit: number;
  readonly setting: string;
}

/**
 * What the clients of one scenario may use, every process of it together: platform calls and bytes on stdout.
 * Also keeps the run's largest figures (the gate prints them, so the caps can be set from measurements).
 */
export class ScenarioBudget {
  #calls = 0;
  #bytes = 0;

  constructor(private readonly limits: ClientLimits) {}

  /** Counts one platform call, the `inRequest`-th of the request being handled; says which cap it passed, if any. */
  call(inRequest: number): Exceeded | null {
    this.#calls++;
    tally.maxCallsPerRequest = Math.max(tally.maxCallsPerRequest, inRequest);
    tally.maxCallsPerScenario = Math.max(tally.maxCallsPerScenario, this.#calls);
    const { maxCallsPerRequest, maxCallsPerScenario } = this.limits;
    if (inRequest > maxCallsPerRequest)
      return {
        what: 'platform calls while handling one request',
        limit: maxCallsPerRequest,
        setting: 'SIGNIN_CLIENT_MAX_CALLS_PER_REQUEST',
      };
    if (this.#calls > maxCallsPerScenario)
      return { what: 'platform calls in one scenario', limit: maxCallsPerScenario, setting: 'SIGNIN_CLIENT_MAX_CALLS_PER_SCENARIO' };
    return null;
  }

  /** Counts bytes a client wrote on stdout. */
  bytes(count: number): Exceeded | null {
    this.#bytes += count;
    tally.maxBytesPerScenario = Math.max(tally.maxBytesPerScenario, this.#bytes);
    const limit = this.limits.maxBytesPerScenario;
    return this.#bytes > limit ? { what: 'bytes on stdout in one scenario', limit, setting: 'SIGNIN_CLIENT_MAX_BYTES_PER_SCENARIO' } : null;
  }
}
