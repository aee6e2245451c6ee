import type { NetworkName } from '../../fakes';
import type { Stage } from '../stage';

/** What happens in the fake world outside Lync: accounts, installs, Windows logon, networks, colleagues, time. */

export const hasAccount = (w: Stage, name: string): void => void w.fake.addPerson(name);

export const installLync = (w: Stage, name: string, computer: string): void => w.fake.install(computer, w.fake.person(name));

export async function logOn(w: Stage, name: string, computer: string): Promise<void> {
  await w.fake.os.logOn(w.fake.computer(computer), w.fake.person(name).windowsUser);
  await w.fake.settle();
}

export async function logOff(w: Stage, name: string, computer: string): Promise<void> {
  await w.fake.os.logOff(w.fake.computer(computer), w.fake.person(name).windowsUser);
  await w.fake.settle();
}

export async function setLocked(w: Stage, name: string, computer: string, locked: boolean): Promise<void> {
  await w.fake.os.setLocked(w.fake.computer(computer), w.fake.person(name).windowsUser, locked);
  await w.fake.settle();
}

export async function setNetwork(w: Stage, computer: string, network: NetworkName): Promise<void> {
  await w.fake.setNetwork(computer, network);
  await w.fake.settle();
}

export async function sendMessage(w: Stage, from: string, to: string): Promise<void> {
  w.fake.service.sendMessage(w.fake.person(from).address, w.fake.person(to).address, 'Have you got a minute?');
  await w.fake.settle();
}

export async function passTime(w: Stage, ms: number): Promise<void> {
  await w.fake.advance(ms);
  await w.fake.settle();
}

/** A person with an account, Lync installed on the computer, and logged on there. */
export async function readyAt(w: Stage, name: string, computer: string): Promise<void> {
  if (!w.fake.people.has(name.toLowerCase())) hasAccount(w, name);
  if (!w.fake.computer(computer).profile(w.fake.person(name).windowsUser).lyncSettings) installLync(w, name, computer);
  if (!w.fake.computer(computer).sessions.has(w.fake.person(name).windowsUser)) await logOn(w, name, computer);
}

/** Issue 21: a person of another organization on Lync Online, whose SIP domain is `domain`. */
export const hasAccountAt = (w: Stage, name: string, domain: string): void => void w.fake.addPerson(name, domain);
