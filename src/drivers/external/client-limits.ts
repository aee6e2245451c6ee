/** How long and how much the harness grants an external client, in real time and bytes. */
export interface ClientLimits {
  /** Spawning the process and its answer to `initialize`. */
  readonly startTimeoutMs: number;
  /** Any other request of the harness (`client/deliver`, `client/screen`), including the platform calls it makes. */
  readonly callTimeoutMs: number;
  /** Waiting for a killed process to be gone. */
  readonly killWaitMs: number;
  /** stderr a process may write in all; more is a fault ("floods stderr"). */
  readonly maxStderrBytes: number;
  /** The end of stderr kept for failure messages. */
  readonly keptStderrChars: number;
  /** One protocol line. */
  readonly maxLineLength: number;
  /** Platform calls while the client handles one request of the harness. */
  readonly maxCallsPerRequest: number;
  /** Platform calls in one scenario, every process of it together. */
  readonly maxCallsPerScenario: number;
  /** Bytes the clients of one scenario write on stdout, together. */
  readonly maxBytesPerScenario: number;
}

const positive = (text: string | undefined, fallback: number, name: string): number => {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number; got "${text}"`);
  return n;
};

/** The default caps on what a client uses (docs/gate.md, "Limits", gives the measurements they come from). */
export const defaultCaps = { callsPerRequest: 100, callsPerScenario: 10_000, bytesPerScenario: 8 * 1024 * 1024 } as const;

/** The limits, from the environment (SIGNIN_CLIENT_TIMEOUT_MS and friends) or the defaults. */
export function clientLimits(env: NodeJS.ProcessEnv = process.env): ClientLimits {
  return {
    startTimeoutMs: positive(env.SIGNIN_CLIENT_START_TIMEOUT_MS, 15_000, 'SIGNIN_CLIENT_START_TIMEOUT_MS'),
    callTimeoutMs: positive(env.SIGNIN_CLIENT_TIMEOUT_MS, 5_000, 'SIGNIN_CLIENT_TIMEOUT_MS'),
    killWaitMs: 3_000,
    maxStderrBytes: positive(env.SIGNIN_CLIENT_STDERR_LIMIT, 1024 * 1024, 'SIGNIN_CLIENT_STDERR_LIMIT'),
    keptStderrChars: 4_000,
    maxLineLength: 1024 * 1024,
    // At least 10 times the reference client's largest figure over the whole suite (docs/gate.md, "Limits").
    maxCallsPerRequest: positive(
      env.SIGNIN_CLIENT_MAX_CALLS_PER_REQUEST,
      defaultCaps.callsPerRequest,
      'SIGNIN_CLIENT_MAX_CALLS_PER_REQUEST',
    ),
    maxCallsPerScenario: positive(
      env.SIGNIN_CLIENT_MAX_CALLS_PER_SCENARIO,
      defaultCaps.callsPerScenario,
      'SIGNIN_CLIENT_MAX_CALLS_PER_SCENARIO',
    ),
    maxBytesPerScenario: positive(
      env.SIGNIN_CLIENT_MAX_BYTES_PER_SCENARIO,
      defaultCaps.bytesPerScenario,
      'SIGNIN_CLIENT_MAX_BYTES_PER_SCENARIO',
    ),
  };
}
