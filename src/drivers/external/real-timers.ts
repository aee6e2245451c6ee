/**
 * The harness's own timers, captured when this module loads, before any test could fake the global ones.
 * Client timeouts are in real time; the fake world's time is the virtual clock and never touches these.
 */
export const realTimers = {
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
  now: Date.now.bind(Date),
} as const;

export type RealTimer = ReturnType<typeof realTimers.setTimeout>;

/** Resolves after `ms` of real time. */
export const realDelay = (ms: number): Promise<void> => new Promise((resolve) => realTimers.setTimeout(resolve, ms));
