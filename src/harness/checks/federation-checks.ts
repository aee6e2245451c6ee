import type { FederationTraffic } from '../../fakes';
import type { Availability } from '../../simulator';
import type { Stage } from '../stage';
import { same } from './mismatch';

/** Issue 21: what Lync Online's federation edge did with traffic between two organizations, from its own record. */

const words = (traffic: FederationTraffic, from: string, to: string): string =>
  traffic === 'presence' ? `${from}'s request for the presence of ${to}` : `the instant message from ${from} to ${to}`;

/**
 * Ground truth: the last exchange of this kind from one address to the other, routed or refused and why (`reason` null:
 * routed). `to` is a person's name, or a sign-in address as it is written (an old address, KB 2537764).
 */
export function federationRecord(w: Stage, traffic: FederationTraffic, from: string, to: string, reason: string | null): void {
  const toAddress = to.includes('@') ? to : w.fake.person(to).address;
  const last = w.fake.service.federation.last(traffic, w.fake.person(from).address, toAddress);
  const told = (r: string | null) => (r === null ? 'routed' : `refused: ${r}`);
  same(
    `Lync Online's federation edge, for ${words(traffic, from, to)}`,
    last === undefined ? 'no such exchange' : told(last.reason),
    told(reason),
  );
}

/** The contact list line of a contact written as a sign-in address (one that is no person's any more), in the person's own Lync. */
export async function contactAddressShown(
  w: Stage,
  name: string,
  computer: string,
  address: string,
  presence: Availability,
): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const line = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === `Contact ${address.toLowerCase()}`);
  same(
    `${name}'s Lync on ${computer} shows the contact ${address} as`,
    line?.kind === 'label' ? line.text : `no ${address} in its contact list`,
    presence,
  );
}
