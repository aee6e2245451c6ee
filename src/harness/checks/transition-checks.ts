import type { Stage } from '../stage';
import { listed, verify } from './mismatch';

/** DC-01: the cache is keyed by sign-in address; Lync looks up its own address there and nothing else (not an empty one). */
export function cacheReadOnlyFor(w: Stage, holder: string, computer: string, whose: string): void {
  const address = w.fake.person(whose).address;
  const cache = w.fake.computer(computer).profile(w.fake.person(holder).windowsUser).cache;
  const others = cache.operations.calls.filter((c) => c.op === 'read' && c.address.toLowerCase() !== address).map((c) => `"${c.address}"`);
  verify(
    `${holder}'s credential cache on ${computer}`,
    others,
    (t) => t.to.deep.equal([]),
    (o) => ({ expected: `Lync read it only for ${address}`, found: `Lync also read it for ${listed(o)}` }),
  );
}
