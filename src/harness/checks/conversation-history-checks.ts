import type { Stage } from '../stage';
import { verify } from './mismatch';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The mailbox's Conversation History folder on Exchange Online (ground truth for what Outlook shows). */
export function historyCount(w: Stage, name: string, expected: number): void {
  const items = w.fake.exchange.conversationHistory(w.fake.person(name).address);
  verify(
    `the Conversation History folder of ${name}`,
    items.length,
    (t) => t.to.equal(expected),
    (n) => ({ expected: count(expected, 'conversation'), found: count(n, 'conversation') }),
  );
}

/** Its latest item: who started it, who else took part, and how many messages it holds (the words are not compared). */
export function latestConversation(w: Stage, name: string, from: string, other: string, messages: number): void {
  const owner = w.fake.person(name).address;
  const items = w.fake.exchange.conversationHistory(owner);
  const last = items[items.length - 1];
  const expected = `from ${w.fake.person(from).address}, with ${[owner, w.fake.person(other).address].sort().join(' and ')}, ${count(messages, 'message')}`;
  const found = last
    ? `from ${last.from}, with ${last.participants.join(' and ')}, ${count(last.lines.length, 'message')}`
    : 'no conversation';
  verify(
    `the latest conversation in the Conversation History folder of ${name}`,
    found,
    (t) => t.to.equal(expected),
    () => ({ expected, found }),
  );
}

/** EWS's own record: how many saves of the person's conversations it refused because the mailbox is full. */
export function refusedAsFull(w: Stage, name: string, expected: number): void {
  const address = w.fake.person(name).address;
  const found = w.fake.exchange.saves.where((s) => s.address === address && s.outcome === 'mailbox full').length;
  verify(
    `EWS's record of saves for ${name}`,
    found,
    (t) => t.to.equal(expected),
    (n) => ({ expected: `${count(expected, 'save')} refused (mailbox full)`, found: `${count(n, 'save')} refused (mailbox full)` }),
  );
}

/** EWS's own record: how many requests to save a conversation of the person reached it, whatever came of them. */
export function saveRequests(w: Stage, name: string, expected: number): void {
  const address = w.fake.person(name).address;
  const found = w.fake.exchange.saves.where((s) => s.address === address).length;
  verify(
    `EWS's record of saves for ${name}`,
    found,
    (t) => t.to.equal(expected),
    (n) => ({ expected: count(expected, 'request'), found: count(n, 'request') }),
  );
}

/** The option as Lync Online keeps it for the account (it follows the user to every computer). */
export function optionOnService(w: Stage, name: string, on: boolean): void {
  const found = w.fake.service.account(w.fake.person(name).address).saveConversations;
  verify(
    `the options Lync Online keeps for ${name}`,
    found,
    (t) => t.to.equal(on),
    (f) => ({ expected: `saving IM conversations ${on ? 'on' : 'off'}`, found: `saving IM conversations ${f ? 'on' : 'off'}` }),
  );
}
