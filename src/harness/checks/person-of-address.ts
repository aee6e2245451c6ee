import type { Stage } from '../stage';

/**
 * The name of the person whose sign-in address is exactly `address` (the fakes keep addresses in lower case), else
 * `otherwise` (the address itself unless told).
 */
export const personOfAddress = (w: Stage, address: string, otherwise: string = address): string =>
  [...w.fake.people.values()].find((p) => p.address === address)?.name ?? otherwise;
