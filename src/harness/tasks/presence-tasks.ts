import { awayField, inactiveField, presenceMenuName, resetStatus } from '../../simulator';
import type { Stage } from '../stage';

/** Presence as a person sets it, and the parts of the Windows session that move it (input, idle time, the lock). */

const act = (w: Stage, name: string, computer: string, path: string[]) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'menu', window: 'main', menu: presenceMenuName, path });

/** Picks a state from the presence menu under her name in the main window. */
export const choosePresence = (w: Stage, name: string, computer: string, choice: string) => act(w, name, computer, [choice]);

export const resetPresence = (w: Stage, name: string, computer: string) => act(w, name, computer, [resetStatus]);

/** Keyboard or mouse input anywhere in her Windows session. */
export async function useComputer(w: Stage, name: string, computer: string): Promise<void> {
  await w.fake.os.input(w.fake.computer(computer), w.fake.person(name).windowsUser);
  await w.fake.settle();
}

/** Options > Status: the two idle settings (NR-12), typed into the Options dialog, then OK. */
export async function setIdleMinutes(w: Stage, name: string, computer: string, inactive: number, away: number): Promise<void> {
  const user = w.fake.person(name).windowsUser;
  await w.driver.perform(computer, user, { kind: 'menu', window: 'main', path: ['Tools', 'Options'] });
  await w.driver.perform(computer, user, { kind: 'type', window: 'options', field: inactiveField, text: String(inactive) });
  await w.driver.perform(computer, user, { kind: 'type', window: 'options', field: awayField, text: String(away) });
  await w.driver.perform(computer, user, { kind: 'click', window: 'options', control: 'OK' });
}

/** The person's contact list on the service holds the other person (Lync Online keeps contact lists server-side). */
export async function addContact(w: Stage, owner: string, contact: string): Promise<void> {
  w.fake.service.presence.addContact(w.fake.person(owner).address, w.fake.person(contact).address);
  await w.fake.settle();
}
