import type { WindowId } from '../../simulator';
import type { Stage } from '../stage';

/** What a person does in Lync's dialogs, and typing that is not their own address or password. */

const user = (w: Stage, name: string) => w.fake.person(name).windowsUser;

export const typeText = (w: Stage, name: string, computer: string, field: string, text: string, window: WindowId = 'main') =>
  w.driver.perform(computer, user(w, name), { kind: 'type', window, field, text });

export const typeWrongPasswordIn = (w: Stage, name: string, computer: string, window: WindowId) =>
  w.driver.perform(computer, user(w, name), { kind: 'type', window, field: 'Password', text: w.fake.newSecret('a wrong password') });

export const closeDialog = (w: Stage, name: string, computer: string, window: WindowId) =>
  w.driver.perform(computer, user(w, name), { kind: 'closeWindow', window });
