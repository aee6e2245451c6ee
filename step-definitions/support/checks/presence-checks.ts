import assert from 'node:assert/strict';
import type { Availability } from '../../../src/simulator';
import { clientMessages, presenceMenuName } from '../../../src/simulator';
import type { SimWorld } from '../sim-world';

/**
 * What a colleague sees of a person: read from the colleague's own Lync (the contact list it drew on their desktop)
 * when the colleague has one signed in, else from the service, which is what every contact list would show.
 */
export function presenceSeenBy(w: SimWorld, colleague: string, name: string, presence: Availability): void {
  const viewer = w.fake.people.get(colleague.toLowerCase());
  const address = w.fake.person(name).address;
  const signedInAt = new Set(viewer ? w.fake.service.sessionsOf(viewer.address).map((s) => s.computer) : []);
  const windowsUser = viewer?.windowsUser ?? '';
  for (const computer of viewer ? w.fake.computers.values() : []) {
    const process = computer.running(windowsUser)[0];
    const session = computer.sessions.get(windowsUser);
    if (!process || !session || !signedInAt.has(computer.name)) continue;
    const main = session.desktop.viewOf(process.pid)?.windows.find((x) => x.id === 'main');
    const line = main?.controls.find((c) => c.name === `Contact ${address}`);
    assert.ok(
      line && line.kind === 'label',
      `${colleague}'s Lync on ${computer.name} shows no ${name} in its contact list; add "Given ${colleague} has ${name} in his contact list"`,
    );
    assert.equal(line.text, presence, `${colleague}'s Lync on ${computer.name} shows ${name} as`);
    return;
  }
  assert.equal(w.fake.service.presenceOf(address), presence, `the service shows ${colleague} (who has no Lync signed in) ${name} as`);
}

/** NR-07: the contact list line for a contact, in the person's own Lync, as the driver sees it. */
export async function contactShown(w: SimWorld, name: string, computer: string, contact: string, presence: Availability): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const main = snap.windows.find((x) => x.id === 'main');
  const line = main?.controls.find((c) => c.name === `Contact ${w.fake.person(contact).address}`);
  assert.ok(line && line.kind === 'label', `${name}'s Lync on ${computer} shows no ${contact} in its contact list`);
  assert.equal(line.text, presence, `${name}'s Lync on ${computer} shows ${contact} as`);
}

/** What the person's own Lync says her presence is, as she sees it. */
export async function ownPresenceShown(w: SimWorld, name: string, computer: string, presence: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const label = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === 'My presence');
  assert.ok(label && label.kind === 'label', `${name} sees no presence in the Lync window on ${computer}`);
  assert.equal(label.text, presence, `${name}'s own presence in Lync on ${computer}`);
}

/** NR-07: presence controls are disabled while the connection is lost. */
export async function presenceMenuOffered(w: SimWorld, name: string, computer: string, offered: boolean): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const menu = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.kind === 'menu' && c.name === presenceMenuName);
  assert.equal(menu !== undefined, offered, `the presence menu in ${name}'s Lync on ${computer}`);
}

/** What the service made of the last instant message to the person (ground truth for what the sender is told). */
export function lastMessageOutcome(w: SimWorld, to: string, outcome: string, endpoints: number | null): void {
  const address = w.fake.person(to).address;
  const last = [...w.fake.service.messages].reverse().find((m) => m.to === address);
  assert.ok(last, `no instant message was sent to ${to}`);
  assert.equal(last.outcome, outcome, `what became of the message to ${to}`);
  if (endpoints !== null) assert.equal(last.endpoints, endpoints, `endpoints of ${to} that got the message`);
}

/** What the sender's own Lync says of a message that could not be delivered (a toast on the sender's desktop). */
export async function senderToldNotDelivered(w: SimWorld, sender: string, computer: string, to: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(sender).windowsUser);
  const expected = clientMessages.notDelivered(w.fake.person(to).address);
  assert.ok(
    snap.toasts.some((t) => t.text === expected),
    `${sender}'s Lync on ${computer} should say "${expected}"; toasts: ${JSON.stringify(snap.toasts)}`,
  );
}

/** How many times the person's Lync on that computer told the service her presence (ground truth: the network's record). */
export function publicationCount(w: SimWorld, name: string, computer: string, count: number): void {
  const windowsUser = w.fake.person(name).windowsUser;
  const sent = w.fake.network.sent.where((r) => r.computer === computer && r.windowsUser === windowsUser && r.kind === 'publish');
  assert.equal(sent.length, count, `presence publications of Lync for ${name} on ${computer}`);
}

/** The contact list lines of the person's Lync, top to bottom, as the people's names ("Bob, Carol"; "" for none). */
export async function contactsListed(w: SimWorld, name: string, computer: string, expected: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const main = snap.windows.find((x) => x.id === 'main');
  const who = (address: string) => [...w.fake.people.values()].find((p) => p.address === address)?.name ?? address;
  const lines = (main?.controls ?? []).flatMap((c) =>
    c.name.startsWith('Contact ') && c.name !== 'Contact list' ? [who(c.name.slice('Contact '.length))] : [],
  );
  assert.equal(lines.join(', '), expected, `the contacts ${name}'s Lync on ${computer} lists`);
}
