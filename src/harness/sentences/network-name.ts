import type { NetworkName } from '../../fakes';
import { networks } from '../parameter-types';

const names = new Map(Object.entries(networks).map(([name, id]) => [id, name]));

/** A network as a scenario names it ({network}): "the organization's network", "the internet", "offline". */
export function networkName(n: NetworkName): string {
  const name = names.get(n);
  if (name === undefined)
    throw new Error(`the network "${n}" has no name in the {network} parameter type (src/harness/parameter-types.ts)`);
  return name;
}
