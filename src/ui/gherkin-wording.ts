import type { DesktopAction, FakeWorld, NetworkName, Person } from '../fakes';

/** The words of the step definitions (step-definitions/*.steps.ts) for what was done in the playground; every one exists. */

/** "her" or "his": the steps accept either. */
export type Pronoun = 'her' | 'his';

const networkWords: Readonly<Record<NetworkName, string>> = {
  organization: "the organization's network",
  internet: 'the internet',
  offline: 'offline',
};

export const networkStep = (computer: string, network: NetworkName): string =>
  network === 'offline' ? `${computer} goes offline` : `${computer} is moved to ${networkWords[network]}`;

export function durationStep(minutes: number): string {
  const [n, unit] = Number.isInteger(minutes) ? [minutes, 'minute'] : [Math.round(minutes * 60), 'second'];
  return n === 1 ? `1 ${unit} passes` : `${n} ${unit}s pass`;
}

/** The step for what a Lync user did on the desktop of `person` on `computer`. */
export function desktopStep(world: FakeWorld, person: Person, pronoun: Pronoun, computer: string, action: DesktopAction): string {
  const p = person.name;
  switch (action.kind) {
    case 'startMenu':
      return `${p} clicks Start > ${action.path} on ${computer}`;
    case 'click':
      if (action.window === 'confirmDelete') return `${p} answers ${action.control} on ${computer}`;
      if (action.window !== 'main') return `${p} clicks "${action.control}" in the ${action.window} window on ${computer}`;
      return action.control === 'Sign In' ? `${p} clicks Sign In on ${computer}` : `${p} clicks "${action.control}" on ${computer}`;
    case 'type': {
      if (typeof action.text !== 'string') {
        const own = world.service.accounts.get(person.address);
        const right = own !== undefined && own.password.equals(action.text);
        if (action.window === 'main')
          return right ? `${p} types ${pronoun} password on ${computer}` : `${p} types a wrong password on ${computer}`;
        return `${p} types ${right ? `${pronoun} password` : 'a wrong password'} into the ${action.window} window on ${computer}`;
      }
      if (action.field === 'Sign-in address' && action.text === person.address)
        return `${p} types ${pronoun} sign-in address on ${computer}`;
      return `${p} types "${action.text.replace(/"/g, "'")}" into "${action.field}" on ${computer}`;
    }
    case 'toggle':
      if (action.window === 'main') return `${p} ${action.on ? 'ticks' : 'clears'} "${action.control}" on ${computer}`;
      return `${p} ${action.on ? 'ticks' : 'clears'} "${action.control}" in the ${action.window} window on ${computer}`;
    case 'menu':
      if (action.menu === 'Presence' && action.path[0] === 'Reset Status') return `${p} resets ${pronoun} status on ${computer}`;
      if (action.menu === 'Presence') return `${p} sets ${pronoun} presence to ${action.path.join(' > ')} on ${computer}`;
      return `${p} chooses ${action.path.join(' > ')} from the Options button on ${computer}`;
    case 'closeWindow':
      return action.window === 'main'
        ? `${p} clicks the X in the upper-right corner of the Lync window on ${computer}`
        : `${p} closes the ${action.window} window on ${computer}`;
    case 'icon':
      return `${p} clicks the Lync icon in the ${action.place} on ${computer}`;
    case 'iconMenu':
      return action.ctrl === true
        ? `${p} holds CTRL, right-clicks the Lync icon in the ${action.place} on ${computer} and chooses ${action.item}`
        : `${p} right-clicks the Lync icon in the ${action.place} on ${computer} and chooses ${action.item}`;
  }
}

/** The Then step for a message Lync put on screen. */
export const messageStep = (person: Person, computer: string, text: string): string => `Lync on ${computer} tells ${person.name} "${text}"`;

/**
 * What the fake world holds now, as Then steps: each person's sessions on the service, each desktop's Lync process,
 * and what each Lync SDK application sees of its client.
 */
export function groundTruth(world: FakeWorld): string[] {
  const people = [...world.people.values()];
  const sessions = people.flatMap((p) => {
    const from = [...new Set(world.service.sessionsOf(p.address).map((s) => s.computer))].sort();
    return from.length === 0
      ? [`the service holds no session for ${p.name}`]
      : from.map((c) => `${p.name} is signed in to Lync Online from ${c}`);
  });
  const processes = [...world.computers.values()].flatMap((c) =>
    [...c.sessions.keys()].flatMap((user) => {
      const p = people.find((x) => x.windowsUser === user);
      if (!p) return [];
      return [
        c.running(user).length > 0
          ? `the Lync process of ${p.name} on ${c.name} is running`
          : `no Lync process runs for ${p.name} on ${c.name}`,
      ];
    }),
  );
  // SO-12: what each application using the Lync SDK sees of the client it shares.
  const sdk = world.sdk.all().flatMap((app) => {
    const p = people.find((x) => x.windowsUser === app.windowsUser);
    return p && app.state ? [`the Lync SDK application of ${p.name} on ${app.computer} sees the client ${app.state}`] : [];
  });
  return [...sessions, ...processes, ...sdk];
}
