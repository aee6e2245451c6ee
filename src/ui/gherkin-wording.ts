import type { DesktopAction, FakeWorld, NetworkName, Person } from '../fakes';

/** The words of the step definitions (step-definitions/*.steps.ts) for what was done in the playground. */

export interface Wording {
  readonly text: string;
  readonly undefinedStep: boolean;
}

const said = (text: string): Wording => ({ text, undefinedStep: false });
const unsaid = (text: string): Wording => ({ text, undefinedStep: true });

/** "her" or "his": the steps accept either. */
export type Pronoun = 'her' | 'his';

const networkWords: Readonly<Record<NetworkName, string>> = {
  organization: "the organization's network",
  internet: 'the internet',
  offline: 'offline',
};

export const networkStep = (computer: string, network: NetworkName): Wording =>
  said(network === 'offline' ? `${computer} goes offline` : `${computer} is moved to ${networkWords[network]}`);

export function durationStep(minutes: number): Wording {
  const [n, unit] = Number.isInteger(minutes) ? [minutes, 'minute'] : [Math.round(minutes * 60), 'second'];
  return said(n === 1 ? `1 ${unit} passes` : `${n} ${unit}s pass`);
}

/** The step for what a Lync user did on the desktop of `person` on `computer`. */
export function desktopStep(world: FakeWorld, person: Person, pronoun: Pronoun, computer: string, action: DesktopAction): Wording {
  const p = person.name;
  switch (action.kind) {
    case 'startMenu':
      return said(`${p} clicks Start > ${action.path} on ${computer}`);
    case 'click':
      if (action.window === 'confirmDelete') return said(`${p} answers ${action.control} on ${computer}`);
      if (action.window !== 'main') return unsaid(`${p} clicks "${action.control}" in the ${action.window} window on ${computer}`);
      return said(action.control === 'Sign In' ? `${p} clicks Sign In on ${computer}` : `${p} clicks "${action.control}" on ${computer}`);
    case 'type': {
      const own = world.service.accounts.get(person.address);
      if (action.field === 'Password' && typeof action.text !== 'string') {
        const right = own !== undefined && own.password.equals(action.text);
        if (action.window === 'main' && right) return said(`${p} types ${pronoun} password on ${computer}`);
        return unsaid(`${p} types ${right ? `${pronoun} password` : 'a wrong password'} into the ${action.window} window on ${computer}`);
      }
      if (action.field === 'Sign-in address' && action.text === person.address)
        return said(`${p} types ${pronoun} sign-in address on ${computer}`);
      return unsaid(`${p} types "${String(action.text)}" into "${action.field}" on ${computer}`);
    }
    case 'toggle':
      if (action.window === 'main') return said(`${p} ${action.on ? 'ticks' : 'clears'} "${action.control}" on ${computer}`);
      return unsaid(`${p} ${action.on ? 'ticks' : 'clears'} "${action.control}" in the ${action.window} window on ${computer}`);
    case 'menu':
      if (action.menu === 'Presence' && action.path[0] === 'Reset Status') return said(`${p} resets ${pronoun} status on ${computer}`);
      if (action.menu === 'Presence') return said(`${p} sets ${pronoun} presence to ${action.path.join(' > ')} on ${computer}`);
      return said(`${p} chooses ${action.path.join(' > ')} from the Options button on ${computer}`);
    case 'closeWindow':
      return action.window === 'main'
        ? said(`${p} clicks the X in the upper-right corner of the Lync window on ${computer}`)
        : unsaid(`${p} closes the ${action.window} window on ${computer}`);
    case 'icon':
      return said(`${p} clicks the Lync icon in the ${action.place} on ${computer}`);
    case 'iconMenu':
      return action.ctrl === true
        ? said(`${p} holds CTRL, right-clicks the Lync icon in the ${action.place} on ${computer} and chooses ${action.item}`)
        : said(`${p} right-clicks the Lync icon in the ${action.place} on ${computer} and chooses ${action.item}`);
  }
}

/** The Then step for a message Lync put on screen. */
export const messageStep = (person: Person, computer: string, text: string): Wording =>
  said(`Lync on ${computer} tells ${person.name} "${text}"`);
