import type { SimWorld } from '../sim-world';
import { listed, verify } from './mismatch';

/** FS-10: every name that went to DNS, in order, as the fake DNS server saw them (no other check lists them all). */
export function dnsLookupsWere(w: SimWorld, expected: readonly string[]): void {
  const names = w.fake.dns.lookups.calls.map((l) => l.name);
  const shown = (n: readonly string[]) => `lookups of ${listed(n, 'no name')}`;
  verify(
    'DNS',
    names,
    (t) => t.to.deep.equal(expected.map((n) => n.toLowerCase())),
    (n) => ({ expected: shown(expected), found: shown(n) }),
  );
}
