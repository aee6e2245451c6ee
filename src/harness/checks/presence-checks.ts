import type { Availability } from '../../simulator';
import { clientMessages, presenceMenuName } from '../../simulator';
import { seenBy } from '../../fakes/presence/seen-by';
import type { Stage } from '../stage';
import { found, holds, same } from './mismatch';
import { personOfAddress } from './person-of-address';

/**
 * What a colleague sees of a person: read from the colleague's own Lync (the contact list it drew on their desktop)
 * when the colleague has one signed in, else from the service, which is what every contact list would show.
 */
export function presenceSeenBy(w: Stage, colleague: string, name: string, presence: Availability): void {
  const seen = seenBy(w.fake, colleague, name);
  if (seen.computer === null) return same(`the service shows ${colleague} (who has no Lync signed in) ${name} as`, seen.shown, presence);
  const shown = seen.shown ?? `no ${name} in its contact list; add "Given ${colleague} has ${name} in his contact list"`;
  same(`${colleague}'s Lync on ${seen.computer} shows ${name} as`, shown, presence);
}

/** NR-07: the contact list line for a contact, in the person's own Lync, as the driver sees it. */
export async function contactShown(w: Stage, name: string, computer: string, contact: string, presence: Availability): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const main = snap.windows.find((x) => x.id === 'main');
  const line = main?.controls.find((c) => c.name === `Contact ${w.fake.person(contact).address}`);
  same(
    `${name}'s Lync on ${computer} shows ${contact} as`,
    line?.kind === 'label' ? line.text : `no ${contact} in its contact list`,
    presence,
  );
}

/** What the person's own Lync says her presence is, as she sees it. */
export async function ownPresenceShown(w: Stage, name: string, computer: string, presence: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const label = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === 'My presence');
  same(`${name}'s own presence in Lync on ${computer}`, label?.kind === 'label' ? label.text : 'no presence shown', presence);
}

/** NR-07: presence controls are disabled while the connection is lost. */
export async function presenceMenuOffered(w: Stage, name: string, computer: string, offered: boolean): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const menu = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.kind === 'menu' && c.name === presenceMenuName);
  holds(`${name}'s Lync on ${computer}`, (menu !== undefined) === offered, {
    expected: offered ? 'the presence menu is offered' : 'no presence menu is offered',
    found: menu !== undefined ? 'the presence menu is offered' : 'no presence menu is offered',
  });
}

/** What the service made of the last instant message to the person (ground truth for what the sender is told). */
export function lastMessageOutcome(w: Stage, to: string, outcome: string, endpoints: number | null): void {
  const address = w.fake.person(to).address;
  const last = [...w.fake.service.messages].reverse().find((m) => m.to === address);
  found(`the service`, last, { expected: `an instant message to ${to}`, found: `no instant message was sent to ${to}` });
  same(`what became of the message to ${to}`, last.outcome, outcome);
  if (endpoints !== null) same(`endpoints of ${to} that got the message`, last.endpoints, endpoints);
}

/** What the sender's own Lync says of a message that could not be delivered (a toast on the sender's desktop). */
export async function senderToldNotDelivered(w: Stage, sender: string, computer: string, to: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(sender).windowsUser);
  const expected = clientMessages.notDelivered(w.fake.person(to).address);
  holds(
    `${sender}'s Lync on ${computer}`,
    snap.toasts.some((t) => t.text === expected),
    {
      expected: `it says "${expected}"`,
      found: `its alerts: ${snap.toasts.map((t) => `"${t.text}"`).join(', ') || 'none'}`,
    },
  );
}

/** How many times the person's Lync on that computer told the service her presence (ground truth: the network's record). */
export function publicationCount(w: Stage, name: string, computer: string, count: number): void {
  const windowsUser = w.fake.person(name).windowsUser;
  const sent = w.fake.network.sentFrom(computer, windowsUser).filter((r) => r.kind === 'publish');
  same(`presence publications of Lync for ${name} on ${computer}`, sent.length, count);
}

/** The contact list lines of the person's Lync, top to bottom, as the people's names ("Bob, Carol"; "" for none). */
export async function contactsListed(w: Stage, name: string, computer: string, expected: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const main = snap.windows.find((x) => x.id === 'main');
  const lines = (main?.controls ?? []).flatMap((c) =>
    c.name.startsWith('Contact ') && c.name !== 'Contact list' ? [personOfAddress(w, c.name.slice('Contact '.length))] : [],
  );
  same(`the contacts ${name}'s Lync on ${computer} lists`, lines.join(', '), expected);
}
