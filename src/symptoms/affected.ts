import type { FaultPlace } from '../fakes/faults/fault-switch';
import type { WhoIsAffected } from './symptom-types';

const one = 'one' as const;
const several = 'several' as const;

/**
 * Who a fault affects, from where it lives, after Microsoft's scoping table (MU-08) and its cross-checks (MU-09):
 * a computer's fault hits whoever uses that computer and nobody elsewhere; an account's fault follows the user to
 * every computer; a tenant's, the domain's DNS or a network's hits everyone there.
 */
export const affectedByPlace: Readonly<Record<FaultPlace, readonly WhoIsAffected[]>> = {
  computer: [
    { users: one, computers: one },
    { users: several, computers: one },
  ],
  'local cache': [{ users: one, computers: one }],
  'client setting': [{ users: one, computers: one }],
  account: [
    { users: one, computers: one },
    { users: one, computers: several },
  ],
  tenant: [{ users: several, computers: several }],
  DNS: [{ users: several, computers: several }],
  network: [{ users: several, computers: several }],
};

/** How well a cause's patterns fit what the customer reports: 2 both, 1 one of the two, 0 neither (or nothing said). */
export function fit(patterns: readonly WhoIsAffected[], seen: Partial<WhoIsAffected>): number {
  return Math.max(
    0,
    ...patterns.map(
      (p) =>
        (seen.users !== undefined && p.users === seen.users ? 1 : 0) +
        (seen.computers !== undefined && p.computers === seen.computers ? 1 : 0),
    ),
  );
}
