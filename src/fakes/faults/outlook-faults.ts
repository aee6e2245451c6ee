import type { FakeWorld } from '../fake-world';
import { mailboxElsewhere, suggestedProfileName } from '../outlook/outlook-profiles';
import { arg, type FaultArgs, type FaultSwitch } from './fault-switch';

const id = 'outlook-default-profile-other-address';

function outlookOf(w: FakeWorld, a: FaultArgs) {
  const person = w.person(arg<string>(a, 'person', 'string', id));
  const computer = w.computer(arg<string>(a, 'computer', 'string', id));
  computer.installOutlook();
  return { profiles: computer.profile(person.windowsUser).outlook, address: person.address };
}

/** Makes a profile for `address` the default, adding one named after its domain when none opens that mailbox. */
function defaultFor(profiles: ReturnType<typeof outlookOf>['profiles'], address: string): void {
  const found = profiles.list().find((p) => p.address.toLowerCase() === address.toLowerCase());
  if (found) return profiles.makeDefault(found.name);
  const suggested = suggestedProfileName(address);
  const name = profiles.list().some((p) => p.name === suggested) ? `${suggested} 2` : suggested;
  profiles.add(name, address);
  profiles.makeDefault(name);
}

/**
 * KB 2436962: Outlook 2013's default mail profile opens another mailbox than the one of the Lync sign-in address (the
 * article's joe@fabrikam.com for joe@contoso.com), and the fix: a profile for the sign-in address made the default.
 */
export const outlookFaults: readonly FaultSwitch[] = [
  {
    id,
    place: 'computer',
    title: "Outlook's default mail profile on a computer is for another email address than the person's Lync sign-in address",
    // No catalog statement speaks of Outlook; FS-06 is the Exchange and Outlook connection Lync makes after sign-in.
    catalog: ['FS-06'],
    params: [
      { name: 'person', kind: 'person', label: 'Whose Outlook profile' },
      { name: 'computer', kind: 'computer', label: 'Which computer' },
    ],
    phrases: [
      { keyword: 'Given', expression: "{person}'s default Outlook profile on {computer} is for another email address", on: true },
      {
        keyword: 'When',
        expression: "the support desk makes an Outlook profile for {person}'s sign-in address the default on {computer}",
        on: false,
      },
    ],
    turnOn: (w, a) => {
      const { profiles, address } = outlookOf(w, a);
      defaultFor(profiles, mailboxElsewhere(address));
    },
    turnOff: (w, a) => {
      const { profiles, address } = outlookOf(w, a);
      defaultFor(profiles, address);
    },
  },
];
