import type { FakeWorld } from '../fakes';
import { seenBy } from '../fakes/presence/seen-by';
import type { ColleagueView } from './desktop-api';

/**
 * The world as each person, a colleague of the others, sees it: her contact list in Lync Online, and the presence she
 * sees of everyone else (from her own Lync when it is signed in, else as the service shows it).
 */
export function colleagueViews(world: FakeWorld): ColleagueView[] {
  const people = [...world.people.values()];
  const nameOf = (address: string) => people.find((p) => p.address === address)?.name ?? address;
  return people.map((viewer) => {
    const others = people.filter((p) => p !== viewer).map((p) => ({ name: p.name, ...seenBy(world, viewer.name, p.name) }));
    return {
      colleague: viewer.name,
      readsIn: others.find((o) => o.computer !== null)?.computer ?? null,
      contacts: [...(world.service.presence.contacts.get(viewer.address) ?? [])].map(nameOf),
      sees: others.map((o) => ({ name: o.name, presence: o.shown })),
    };
  });
}
