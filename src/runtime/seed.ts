/** The largest seed: a run's seed and each scenario's seed are unsigned 32-bit numbers. */
export const maxSeed = 0xffff_ffff;

/** A seed given as text (SIGNIN_SEED, --seed): a whole number from 0 to {@link maxSeed}, or an error naming `from`. */
export function parseSeed(text: string, from: string): number {
  const n = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!(n <= maxSeed))
    throw new RangeError(`${from} must be a whole number from 0 to ${maxSeed}, not ${JSON.stringify(text.slice(0, 40))}`);
  return n;
}

/** SIGNIN_SEED, checked, when it is set and not empty. */
export function seedFromEnvironment(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const text = env['SIGNIN_SEED'];
  return text === undefined || text === '' ? undefined : parseSeed(text, 'SIGNIN_SEED');
}
