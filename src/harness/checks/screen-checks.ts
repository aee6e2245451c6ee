import type { ControlView, WindowId, WindowView } from '../../simulator';
import type { SeenWindow } from '../parameter-types';
import type { Stage } from '../stage';
import { listed, verify } from './mismatch';

/** Questions about what a person sees, asked through the driver (the page, in the browser profile). */

/** `name` null: the one person logged on to that computer (for steps that name only the computer). */
const seen = (w: Stage, name: string | null, computer: string) =>
  w.driver.observe(computer, w.fake.person(name ?? w.fake.onlyPersonAt(computer)).windowsUser);

const who = (w: Stage, name: string | null, computer: string) => `${name ?? w.fake.onlyPersonAt(computer)} on ${computer}`;
const windowName = (id: WindowId) => (id === 'main' ? 'the Lync window' : `the ${id} window`);
const labels = (win: WindowView) => win.controls.flatMap((c) => (c.kind === 'label' ? [c.text] : []));
const describe = (c: ControlView | undefined): string =>
  c === undefined ? 'nothing' : c.kind === 'label' ? `the text "${c.text}"` : `a ${c.kind} "${c.name}"`;

async function window(w: Stage, name: string | null, computer: string, id: WindowId): Promise<WindowView> {
  const windows = (await seen(w, name, computer)).windows;
  const found = windows.find((x) => x.id === id);
  verify(
    who(w, name, computer),
    found,
    (t) => t.to.not.equal(undefined),
    () => ({
      expected: `Lync shows ${windowName(id)}`,
      found: `Lync shows ${listed(
        windows.map((x) => windowName(x.id)),
        'no window',
      )}`,
    }),
  );
  return found as WindowView;
}

const control = (win: WindowView, name: string): ControlView | undefined => win.controls.find((c) => c.name === name);

export async function seesWindow(w: Stage, name: string, computer: string, expected: SeenWindow): Promise<void> {
  const main = (await seen(w, name, computer)).windows.find((x) => x.id === 'main');
  const actual: SeenWindow = !main ? 'no Lync window' : main.screen === 'sign-in' ? 'the sign-in window' : 'the main window';
  verify(
    who(w, name, computer),
    actual,
    (t) => t.to.equal(expected),
    (a) => ({ expected: `${name} sees ${expected}`, found: `${name} sees ${a}` }),
  );
}

export async function seesScreen(w: Stage, name: string, computer: string, screen: WindowView['screen']): Promise<void> {
  const actual = (await window(w, name, computer, 'main')).screen;
  verify(
    who(w, name, computer),
    actual,
    (t) => t.to.equal(screen),
    (a) => ({
      expected: `Lync shows the ${screen} screen`,
      found: `Lync shows the ${a} screen`,
    }),
  );
}

/** The exact text of a message or question Lync shows, in any of its visible windows (or in the one named). */
export async function seesMessage(w: Stage, name: string, computer: string, text: string, id?: WindowId): Promise<void> {
  const windows = id ? [await window(w, name, computer, id)] : (await seen(w, name, computer)).windows;
  const shown = windows.flatMap(labels);
  const where = id ? windowName(id) : 'Lync';
  verify(
    who(w, name, computer),
    shown,
    (t) => t.to.include(text),
    (s) => ({
      expected: `${where} shows "${text}"`,
      found: `${where} shows ${listed(s)}`,
    }),
  );
  w.checkedMessages.add(text);
}

export async function seesTitledMessage(w: Stage, name: string, computer: string, title: string, text: string): Promise<void> {
  const t = control(await window(w, name, computer, 'main'), 'Message title');
  const actual = t?.kind === 'label' ? t.text : null;
  verify(
    who(w, name, computer),
    actual,
    (x) => x.to.equal(title),
    () => ({
      expected: `the message is titled "${title}"`,
      found: `the message title is ${describe(t)}`,
    }),
  );
  await seesMessage(w, name, computer, text, 'main');
}

export async function seesDialog(w: Stage, name: string, computer: string, id: WindowId, shown: boolean): Promise<void> {
  const windows = (await seen(w, name, computer)).windows;
  const present = windows.some((x) => x.id === id);
  verify(
    who(w, name, computer),
    present,
    (t) => t.to.equal(shown),
    () => ({
      expected: `Lync ${shown ? 'shows' : 'does not show'} the ${id} dialog`,
      found: `Lync shows ${listed(
        windows.map((x) => windowName(x.id)),
        'no window',
      )}`,
    }),
  );
}

export async function labelReads(w: Stage, name: string, computer: string, label: string, text: string): Promise<void> {
  const c = control(await window(w, name, computer, 'main'), label);
  const actual = c?.kind === 'label' ? c.text : null;
  verify(
    who(w, name, computer),
    actual,
    (t) => t.to.equal(text),
    () => ({
      expected: `"${label}" in the Lync window reads "${text}"`,
      found: `"${label}" in the Lync window is ${describe(c)}`,
    }),
  );
}

export async function seesNoMessage(w: Stage, name: string, computer: string): Promise<void> {
  const main = (await seen(w, name, computer)).windows.find((x) => x.id === 'main');
  const msg = main && control(main, 'Message');
  verify(
    who(w, name, computer),
    msg,
    (t) => t.to.equal(undefined),
    () => ({
      expected: 'Lync shows no message',
      found: `Lync shows ${describe(msg)}`,
    }),
  );
}

export async function hasControl(
  w: Stage,
  name: string,
  computer: string,
  label: string,
  present: boolean,
  id: WindowId = 'main',
): Promise<void> {
  const win = await window(w, name, computer, id);
  verify(
    who(w, name, computer),
    control(win, label) !== undefined,
    (t) => t.to.equal(present),
    () => ({
      expected: `${windowName(id)} ${present ? 'has' : 'has no'} "${label}"`,
      found: `${windowName(id)} has ${listed(win.controls.map((c) => c.name))}`,
    }),
  );
}

export async function addressBoxHolds(w: Stage, name: string, computer: string): Promise<void> {
  const c = control(await window(w, name, computer, 'main'), 'Sign-in address');
  const address = w.fake.person(name).address;
  const value = c?.kind === 'textbox' ? c.value : null;
  verify(
    who(w, name, computer),
    value,
    (t) => t.to.equal(address),
    () => ({
      expected: `the "Sign-in address" box holds ${address}`,
      found:
        c?.kind === 'textbox' ? `the "Sign-in address" box holds "${c.value}"` : `the Lync window has ${describe(c)} for "Sign-in address"`,
    }),
  );
}

export async function checkboxIs(w: Stage, name: string | null, computer: string, label: string, on: boolean, id: WindowId): Promise<void> {
  const c = control(await window(w, name, computer, id), label);
  const state = (ticked: boolean) => (ticked ? 'ticked' : 'cleared');
  const checked = c?.kind === 'checkbox' ? c.checked : null;
  verify(
    who(w, name, computer),
    checked,
    (t) => t.to.equal(on),
    () => ({
      expected: `"${label}" in ${windowName(id)} is ${state(on)}`,
      found: c?.kind === 'checkbox' ? `"${label}" is ${state(c.checked)}` : `${windowName(id)} has ${describe(c)} for "${label}"`,
    }),
  );
}

export async function menuOffers(w: Stage, name: string | null, computer: string, menu: string, items: string[]): Promise<void> {
  const options = control(await window(w, name, computer, 'main'), 'Options');
  const sub = options?.kind === 'menu' ? options.items.find((i) => i.name === menu) : undefined;
  const offered = sub?.items?.map((i) => i.name) ?? [];
  verify(
    who(w, name, computer),
    offered,
    (t) => t.to.deep.equal(items),
    (o) => ({
      expected: `the ${menu} menu of the Options button offers ${listed(items)}`,
      found: options?.kind !== 'menu' ? 'the Lync window has no Options button' : `the ${menu} menu offers ${listed(o)}`,
    }),
  );
}

export async function iconShown(
  w: Stage,
  name: string,
  computer: string,
  place: 'taskbar' | 'notification area',
  shown: boolean,
): Promise<void> {
  const snap = await seen(w, name, computer);
  const icons = place === 'taskbar' ? snap.taskbar : snap.notificationArea.map((i) => i.name);
  verify(
    who(w, name, computer),
    icons.includes('Lync'),
    (t) => t.to.equal(shown),
    () => ({
      expected: `the ${place} ${shown ? 'shows' : 'does not show'} the Lync icon`,
      found: `the ${place} shows ${listed(icons, 'no icon')}`,
    }),
  );
}

export async function iconMenuOffers(w: Stage, name: string, computer: string, items: string[]): Promise<void> {
  const icon = (await seen(w, name, computer)).notificationArea.find((i) => i.name === 'Lync');
  const menu = icon?.menu ?? [];
  verify(
    who(w, name, computer),
    menu,
    (t) => t.to.include.members(items),
    (m) => ({
      expected: `the menu of the Lync icon offers ${listed(items)}`,
      found: icon ? `it offers ${listed(m)}` : 'the notification area has no Lync icon',
    }),
  );
}

export async function seesAlert(w: Stage, name: string, computer: string, from: string): Promise<void> {
  const titles = (await seen(w, name, computer)).toasts.map((t) => t.title);
  const address = w.fake.person(from).address;
  verify(
    who(w, name, computer),
    titles,
    (t) => t.to.include(address),
    (a) => ({
      expected: `an alert from ${from} (${address})`,
      found: `alerts from ${listed(a)}`,
    }),
  );
}

export async function personalOption(w: Stage, name: string | null, computer: string, label: string): Promise<void> {
  const options = await window(w, name, computer, 'options');
  const page = control(options, 'Page');
  const pageName = page?.kind === 'label' ? page.text : null;
  verify(
    who(w, name, computer),
    pageName,
    (t) => t.to.equal('Personal'),
    () => ({
      expected: 'the Options dialog shows its Personal page',
      found: `the Options dialog shows ${describe(page)} as its page`,
    }),
  );
  const box = control(options, label);
  verify(
    who(w, name, computer),
    box?.kind,
    (t) => t.to.equal('checkbox'),
    () => ({
      expected: `the Personal page offers a "${label}" check box`,
      found: `the Personal page has ${describe(box)} for "${label}"`,
    }),
  );
}
