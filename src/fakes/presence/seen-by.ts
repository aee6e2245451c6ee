import type { FakeWorld } from '../fake-world';

/** What a colleague sees of a person, and where that is read. */
export interface SeenBy {
  /** The presence shown; null when the colleague's own Lync does not list the person. */
  readonly shown: string | null;
  /** The computer whose Lync the colleague reads it in; null when the colleague has no Lync signed in (the service's view). */
  readonly computer: string | null;
}

/**
 * What `colleague` sees of `name`: the line of the contact list that the colleague's own Lync drew, on the first
 * computer where it runs signed in; else what the service would show the colleague's contact list (across two
 * organizations, what federation lets through). `colleague` need not be a person of the world (a colleague who only
 * looks).
 */
export function seenBy(world: FakeWorld, colleague: string, name: string): SeenBy {
  const viewer = world.people.get(colleague.toLowerCase());
  const address = world.person(name).address;
  if (viewer) {
    const signedInAt = new Set(world.service.sessionsOf(viewer.address).map((s) => s.computer));
    for (const computer of world.computers.values()) {
      const process = computer.running(viewer.windowsUser)[0];
      const session = computer.sessions.get(viewer.windowsUser);
      if (!process || !session || !signedInAt.has(computer.name)) continue;
      const main = session.desktop.viewOf(process.pid)?.windows.find((x) => x.id === 'main');
      const line = main?.controls.find((c) => c.name === `Contact ${address}`);
      return { shown: line?.kind === 'label' ? line.text : null, computer: computer.name };
    }
  }
  // A colleague of another organization sees what federation lets through (asked, not routed: looking records nothing).
  return { shown: viewer ? world.service.presence.seenBy(viewer.address, address) : world.service.presenceOf(address), computer: null };
}
