import type { DesktopAction } from '../../fakes';
import { lyncStartMenuPath } from '../../fakes';
import { minimizeButton, userNameBox, type IconPlace, type WindowId } from '../../simulator';
import type { WayToLeave } from '../parameter-types';
import type { Stage } from '../stage';
import { readyAt } from './world-tasks';

/** What a person does with Lync, always through the driver: the same words whether it is a call or a real click. */

const act = (w: Stage, name: string, computer: string, action: DesktopAction): Promise<void> =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, action);

export const startFromStartMenu = (w: Stage, name: string, computer: string, path: readonly string[] = lyncStartMenuPath.split(' > ')) =>
  act(w, name, computer, { kind: 'startMenu', path: path.join(' > ') });

export const click = (w: Stage, name: string, computer: string, control: string, window: WindowId = 'main') =>
  act(w, name, computer, { kind: 'click', window, control });

export const typeAddress = (w: Stage, name: string, computer: string, whose: string) =>
  act(w, name, computer, { kind: 'type', window: 'main', field: 'Sign-in address', text: w.fake.person(whose).address });

export const typePassword = (w: Stage, name: string, computer: string, whose = name, window: WindowId = 'main') =>
  act(w, name, computer, { kind: 'type', window, field: 'Password', text: w.fake.service.account(w.fake.person(whose).address).password });

export const setCheckbox = (w: Stage, name: string, computer: string, control: string, on: boolean, window: WindowId = 'main') =>
  act(w, name, computer, { kind: 'toggle', window, control, on });

export const chooseMenu = (w: Stage, name: string, computer: string, path: readonly string[]) =>
  act(w, name, computer, { kind: 'menu', window: 'main', path });

export const closeWithX = (w: Stage, name: string, computer: string) => act(w, name, computer, { kind: 'closeWindow', window: 'main' });

/** AS-12: the Minimize button in the title bar of the Lync window. */
export const minimizeLync = (w: Stage, name: string, computer: string) => click(w, name, computer, minimizeButton);

export const clickIcon = (w: Stage, name: string, computer: string, place: IconPlace) => act(w, name, computer, { kind: 'icon', place });

export const iconMenu = (w: Stage, name: string, computer: string, place: IconPlace, item: string) =>
  act(w, name, computer, { kind: 'iconMenu', place, item });

/** Start from the Start menu, submit the pre-filled address, enter the password, choose Save my password, Sign In. */
export async function signInFirstTime(w: Stage, name: string, computer: string, save: boolean): Promise<void> {
  await startFromStartMenu(w, name, computer);
  await click(w, name, computer, 'Sign In');
  await enterPasswordAndSignIn(w, name, computer, save);
}

export async function enterPasswordAndSignIn(w: Stage, name: string, computer: string, save: boolean): Promise<void> {
  await typePassword(w, name, computer);
  await setCheckbox(w, name, computer, 'Save my password', save);
  await click(w, name, computer, 'Sign In');
}

/** Given: the person has an account, Lync is installed, she is logged on and signed in (password saved unless told). */
export async function beSignedIn(w: Stage, name: string, computer: string, save = true): Promise<void> {
  await readyAt(w, name, computer);
  const running = w.fake.computer(computer).running(w.fake.person(name).windowsUser).length > 0;
  if (!running) await signInFirstTime(w, name, computer, save);
  else if (w.fake.service.sessionsOf(w.fake.person(name).address).every((s) => s.computer !== computer)) {
    await click(w, name, computer, 'Sign In');
    await enterPasswordAndSignIn(w, name, computer, save);
  }
  if (w.fake.service.sessionsOf(w.fake.person(name).address).length === 0)
    throw new Error(`Set-up failed: ${name} did not get signed in on ${computer}`);
}

/** Opens Options > Tools > Options, sets one Personal option and clicks OK. */
export async function setPersonalOption(w: Stage, name: string, computer: string, option: string, on: boolean): Promise<void> {
  await chooseMenu(w, name, computer, ['Tools', 'Options']);
  await setCheckbox(w, name, computer, option, on, 'options');
  await click(w, name, computer, 'OK', 'options');
}

/** Delete my sign-in info, then Yes or No in the confirmation. */
export async function deleteSignInInfo(w: Stage, name: string, computer: string, answer: 'Yes' | 'No'): Promise<void> {
  await click(w, name, computer, 'Delete my sign-in info');
  await click(w, name, computer, answer, 'confirmDelete');
}

/** Someone else uses this person's Windows session: types their own address and password into her Lync. */
export async function signInAs(w: Stage, owner: string, computer: string, who: string): Promise<void> {
  await typeAddress(w, owner, computer, who);
  await click(w, owner, computer, 'Sign In');
  await typePassword(w, owner, computer, who);
  await click(w, owner, computer, 'Sign In');
}

export async function startAndClickSignIn(w: Stage, owner: string, computer: string): Promise<void> {
  await startFromStartMenu(w, owner, computer);
  await click(w, owner, computer, 'Sign In');
}

/** A password that is not the person's: made by the fakes, never written in a feature. */
export const typeWrongPassword = (w: Stage, name: string, computer: string, window: WindowId = 'main') =>
  act(w, name, computer, { kind: 'type', window, field: 'Password', text: w.fake.newSecret('a wrong password') });

/** Plain text (never a password) typed into a box of the Lync window. */
export const typeText = (w: Stage, name: string, computer: string, field: string, text: string) =>
  act(w, name, computer, { kind: 'type', window: 'main', field, text });

export const closeWindow = (w: Stage, name: string, computer: string, window: WindowId) =>
  act(w, name, computer, { kind: 'closeWindow', window });

/** FS-08/TE-10: tick "Always trust this server" (or not) and click Connect. */
export async function trustServer(w: Stage, name: string, computer: string, always: boolean): Promise<void> {
  await setCheckbox(w, name, computer, 'Always trust this server', always, 'trustServer');
  await click(w, name, computer, 'Connect', 'trustServer');
}

/** Types the password into Lync's credential dialog and clicks OK. */
export async function answerCredentialDialog(w: Stage, name: string, computer: string): Promise<void> {
  await typePassword(w, name, computer, name, 'credentials');
  await click(w, name, computer, 'OK', 'credentials');
}

/** FS-05: types a user name in the credential dialog's User name box, then the password, and clicks OK. */
export async function answerCredentialDialogAs(w: Stage, name: string, computer: string, userName: string): Promise<void> {
  await act(w, name, computer, { kind: 'type', window: 'credentials', field: userNameBox, text: userName });
  await answerCredentialDialog(w, name, computer);
}

export async function signInWithPassword(w: Stage, name: string, computer: string): Promise<void> {
  await typePassword(w, name, computer);
  await click(w, name, computer, 'Sign In');
}

/** TE-03: reinstall the current version from the portal (after exiting the old one). */
export async function reinstall(w: Stage, name: string, computer: string): Promise<void> {
  if (w.fake.computer(computer).running(w.fake.person(name).windowsUser).length > 0) await chooseMenu(w, name, computer, ['File', 'Exit']);
  w.fake.install(computer, w.fake.person(name));
}

/** By hand: start Lync if it is not running, show the password box if needed, enter the password, Sign In. */
export async function signInByHand(w: Stage, name: string, computer: string): Promise<void> {
  if (w.fake.computer(computer).running(w.fake.person(name).windowsUser).length === 0) await startFromStartMenu(w, name, computer);
  const main = (await w.driver.observe(computer, w.fake.person(name).windowsUser)).windows.find((x) => x.id === 'main');
  if (!main?.controls.some((c) => c.name === 'Password')) await click(w, name, computer, 'Sign In');
  await signInWithPassword(w, name, computer);
}

/** Close, Sign Out or Exit, the way the article's table says it is performed, or from the notification-area icon (SO-08). */
export const leave = (w: Stage, name: string, computer: string, way: WayToLeave) =>
  'menu' in way
    ? chooseMenu(w, name, computer, way.menu)
    : 'iconItem' in way
      ? iconMenu(w, name, computer, 'notification area', way.iconItem)
      : closeWithX(w, name, computer);
