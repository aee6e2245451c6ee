import assert from 'node:assert/strict';
import type { ControlView, WindowId, WindowView } from '../../../src/simulator';
import type { SeenWindow } from '../parameter-types';
import type { SimWorld } from '../sim-world';

/** Questions about what a person sees, asked through the driver (the page, in the browser profile). */

/** `name` null: the one person logged on to that computer (for steps that name only the computer). */
const seen = (w: SimWorld, name: string | null, computer: string) =>
  w.driver.observe(computer, w.fake.person(name ?? w.fake.onlyPersonAt(computer)).windowsUser);

async function window(w: SimWorld, name: string | null, computer: string, id: WindowId): Promise<WindowView> {
  const snap = await seen(w, name, computer);
  const found = snap.windows.find((x) => x.id === id);
  assert.ok(found, `${name} sees no ${id} window on ${computer}; visible: ${snap.windows.map((x) => x.id).join(', ') || 'none'}`);
  return found;
}

const control = (win: WindowView, name: string): ControlView | undefined => win.controls.find((c) => c.name === name);

export async function seesWindow(w: SimWorld, name: string, computer: string, expected: SeenWindow): Promise<void> {
  const main = (await seen(w, name, computer)).windows.find((x) => x.id === 'main');
  const actual: SeenWindow = !main ? 'no Lync window' : main.screen === 'sign-in' ? 'the sign-in window' : 'the main window';
  assert.equal(actual, expected, `${name} on ${computer}`);
}

export async function seesScreen(w: SimWorld, name: string, computer: string, screen: WindowView['screen']): Promise<void> {
  assert.equal((await window(w, name, computer, 'main')).screen, screen);
}

/** The exact text of a message or question Lync shows, in any of its visible windows (or in the one named). */
export async function seesMessage(w: SimWorld, name: string, computer: string, text: string, id?: WindowId): Promise<void> {
  const windows = id ? [await window(w, name, computer, id)] : (await seen(w, name, computer)).windows;
  const shown = windows.flatMap((win) => win.controls.flatMap((c) => (c.kind === 'label' ? [c.text] : [])));
  assert.ok(
    shown.includes(text),
    `${name} on ${computer} should see "${text}"${id ? ` in the ${id} window` : ''}; Lync shows: ${JSON.stringify(shown)}`,
  );
  w.checkedMessages.add(text);
}

export async function seesTitledMessage(w: SimWorld, name: string, computer: string, title: string, text: string): Promise<void> {
  const main = await window(w, name, computer, 'main');
  const t = control(main, 'Message title');
  assert.ok(t && t.kind === 'label' && t.text === title, `message title: expected "${title}", got ${JSON.stringify(t)}`);
  await seesMessage(w, name, computer, text, 'main');
}

export async function seesDialog(w: SimWorld, name: string, computer: string, id: WindowId, shown: boolean): Promise<void> {
  const present = (await seen(w, name, computer)).windows.some((x) => x.id === id);
  assert.equal(present, shown, `the ${id} dialog on ${computer}`);
}

export async function labelReads(w: SimWorld, name: string, computer: string, label: string, text: string): Promise<void> {
  const c = control(await window(w, name, computer, 'main'), label);
  assert.ok(c && c.kind === 'label', `no "${label}" in the Lync window`);
  assert.equal(c.text, text, `"${label}"`);
}

export async function seesNoMessage(w: SimWorld, name: string, computer: string): Promise<void> {
  const snap = await seen(w, name, computer);
  const main = snap.windows.find((x) => x.id === 'main');
  const msg = main && control(main, 'Message');
  assert.ok(!msg, `${name} on ${computer} should see no message; Lync shows ${msg && msg.kind === 'label' ? `"${msg.text}"` : ''}`);
}

export async function hasControl(
  w: SimWorld,
  name: string,
  computer: string,
  label: string,
  present: boolean,
  id: WindowId = 'main',
): Promise<void> {
  const win = await window(w, name, computer, id);
  assert.equal(control(win, label) !== undefined, present, `"${label}" in the ${id} window of ${name} on ${computer}`);
}

export async function addressBoxHolds(w: SimWorld, name: string, computer: string): Promise<void> {
  const c = control(await window(w, name, computer, 'main'), 'Sign-in address');
  assert.ok(c && c.kind === 'textbox', 'no "Sign-in address" box');
  assert.equal(c.value, w.fake.person(name).address);
}

export async function checkboxIs(
  w: SimWorld,
  name: string | null,
  computer: string,
  label: string,
  on: boolean,
  id: WindowId,
): Promise<void> {
  const c = control(await window(w, name, computer, id), label);
  assert.ok(c && c.kind === 'checkbox', `no "${label}" check box in the ${id} window`);
  assert.equal(c.checked, on, `"${label}"`);
}

export async function menuOffers(w: SimWorld, name: string | null, computer: string, menu: string, items: string[]): Promise<void> {
  const options = control(await window(w, name, computer, 'main'), 'Options');
  assert.ok(options && options.kind === 'menu', 'the main window has no Options button');
  const sub = options.items.find((i) => i.name === menu);
  assert.deepEqual(
    sub?.items?.map((i) => i.name),
    items,
    `the ${menu} menu`,
  );
}

export async function iconShown(
  w: SimWorld,
  name: string,
  computer: string,
  place: 'taskbar' | 'notification area',
  shown: boolean,
): Promise<void> {
  const snap = await seen(w, name, computer);
  const present = place === 'taskbar' ? snap.taskbar.includes('Lync') : snap.notificationArea.some((i) => i.name === 'Lync');
  assert.equal(present, shown, `Lync icon in the ${place} of ${name} on ${computer}`);
}

export async function iconMenuOffers(w: SimWorld, name: string, computer: string, items: string[]): Promise<void> {
  const icon = (await seen(w, name, computer)).notificationArea.find((i) => i.name === 'Lync');
  assert.ok(icon, 'no Lync icon in the notification area');
  for (const item of items) assert.ok(icon.menu.includes(item), `the icon's menu offers ${icon.menu.join(', ')}; expected ${item}`);
}

export async function seesAlert(w: SimWorld, name: string, computer: string, from: string): Promise<void> {
  const toasts = (await seen(w, name, computer)).toasts;
  assert.ok(
    toasts.some((t) => t.title === w.fake.person(from).address),
    `${name} on ${computer} saw no alert from ${from}; alerts: ${JSON.stringify(toasts)}`,
  );
}

export async function personalOption(w: SimWorld, name: string | null, computer: string, label: string): Promise<void> {
  const options = await window(w, name, computer, 'options');
  const page = control(options, 'Page');
  assert.ok(
    page && page.kind === 'label' && page.text === 'Personal',
    `the Options dialog shows ${JSON.stringify(page)}, not the Personal page`,
  );
  assert.ok(control(options, label)?.kind === 'checkbox', `the Personal page offers no "${label}" check box`);
}
