import { seedFromEnvironment } from '../../src/runtime/seed';
import { driverFor } from '../../src/drivers/driver-for-profile';
import type { Driver } from '../../src/drivers/driver';
import { mutantParts } from '../../mutants';

const drawnSeed = Math.floor(Math.random() * 2 ** 31);

/** The run's seed: SIGNIN_SEED (or --world-parameters '{"seed": N}'), else one drawn at start and printed, so any run can be repeated. */
export function runSeed(fromParameters?: unknown): number {
  if (typeof fromParameters === 'number') return fromParameters;
  return seedFromEnvironment() ?? drawnSeed;
}

export const driverName = process.env.SIGNIN_DRIVER ?? 'in-process';

/** One driver for the whole run (one browser, one page), made the first time a scenario asks. */
let driver: Driver | null = null;
export function runDriver(): Driver {
  driver ??= driverFor(driverName, mutantParts(process.env.SIGNIN_MUTANT));
  return driver;
}

export async function closeRunDriver(): Promise<void> {
  await driver?.close();
  driver = null;
}

/** A scenario's own seed, from the run's seed and where the scenario is, so random order does not change a timeline. */
export function scenarioSeed(seed: number, uri: string, line: number): number {
  let h = seed >>> 0;
  for (const ch of `${uri}:${line}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}
