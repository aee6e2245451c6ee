import type { FakeWorld } from '../../fakes';
import { seenBy } from '../../fakes/presence/seen-by';
import { sentence } from './sentence';

/**
 * What each person of the world sees of each other, as Then steps ("Bob, a colleague, sees Alice as Away"): read from
 * the colleague's own Lync when it is signed in, else from the service. A person the colleague's Lync does not list is
 * left out (nothing to see).
 */
export function presenceSentences(world: FakeWorld): string[] {
  const people = [...world.people.values()].map((p) => p.name);
  return people.flatMap((colleague) =>
    people.flatMap((p) => {
      if (p === colleague) return [];
      const { shown } = seenBy(world, colleague, p);
      return shown === null ? [] : [sentence('presence.colleague-sees-as', colleague, p, shown)];
    }),
  );
}
