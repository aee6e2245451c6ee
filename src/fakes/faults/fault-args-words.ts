import type { FaultArgs } from './fault-switch';

/**
 * A fault switch's arguments as a step writes them, "computer=PC1, minutes=6": written by the scenarios exploration
 * prints, read back by the step "the fault … is turned on for …". Numbers come back as numbers.
 */
export const faultArgsWords = (args: FaultArgs): string =>
  Object.entries(args)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

export const parseFaultArgs = (words: string): FaultArgs =>
  Object.fromEntries(
    words
      .split(',')
      .map((pair) => pair.trim())
      .filter((pair) => pair.includes('='))
      .map((pair) => {
        const [k = '', v = ''] = pair.split('=').map((x) => x.trim());
        return [k, /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v];
      }),
  );
