import type { WindowId } from '../../../src/simulator';
import type { SimWorld } from '../sim-world';

/** What a person does in Lync's dialogs, and typing that is not their own address or password. */

const user = (w: SimWorld, name: string) => w.fake.person(name).windowsUser;

export const typeText = (w: SimWorld, name: string, computer: string, field: string, text: string, window: WindowId = 'main') =>
  w.driver.perform(computer, user(w, name), { kind: 'type', window, field, text });

export const typeWrongPasswordIn = (w: SimWorld, name: string, computer: string, window: WindowId) =>
  w.driver.perform(computer, user(w, name), { kind: 'type', window, field: 'Password', text: w.fake.newSecret('a wrong password') });

export const closeDialog = (w: SimWorld, name: string, computer: string, window: WindowId) =>
  w.driver.perform(computer, user(w, name), { kind: 'closeWindow', window });
