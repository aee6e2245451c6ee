import { controlValue } from '../control-value';
import { requestWords } from '../request-words';
import type { Stage } from '../stage';
import { found, holds, listed, same } from './mismatch';
import { personOfAddress } from './person-of-address';

/** Finer questions to the fake world and the screen, used by scenarios that exploration writes out. */

const profileOf = (w: Stage, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser);
const entryOf = (w: Stage, holder: string, computer: string, whose: string) =>
  profileOf(w, holder, computer).cache.peek(w.fake.person(whose).address);
const seen = (w: Stage, name: string, computer: string) => w.driver.observe(computer, w.fake.person(name).windowsUser);

/** Ground truth: every message Lync put on that desktop, whether or not it is still there. */
export function messageWasShown(w: Stage, name: string, computer: string, text: string): void {
  const shown = w.fake.computer(computer).session(w.fake.person(name).windowsUser).desktop.messagesShown;
  holds(`Lync on ${computer}, to ${name}`, shown.includes(text), { expected: `it showed "${text}"`, found: `it showed ${listed(shown)}` });
  w.checkedMessages.add(text);
}

export function cachePasswordIsAnother(w: Stage, holder: string, computer: string, whose: string): void {
  const e = entryOf(w, holder, computer, whose);
  const account = w.fake.service.account(w.fake.person(whose).address);
  const password = e?.password;
  holds(`the credential cache of ${holder} on ${computer}`, password ? !account.password.equals(password) : false, {
    expected: `it holds a password for ${whose} that is not theirs`,
    found: password ? `it holds ${whose}'s own password` : `it holds no password for ${whose}`,
  });
}

export function cacheField(
  w: Stage,
  holder: string,
  computer: string,
  whose: string,
  field: 'userName' | 'endpoint',
  value: string | null,
): void {
  const e = entryOf(w, holder, computer, whose);
  found(`the credential cache of ${holder} on ${computer}`, e, { expected: `an entry for ${whose}`, found: `nothing for ${whose}` });
  same(`${field} cached for ${whose} by ${holder} on ${computer}`, e[field], value);
}

/** A Lync setting in the user's registry, its value written as JSON with single quotes. */
export function settingIs(w: Stage, name: string, computer: string, setting: string, value: string): void {
  const settings = profileOf(w, name, computer).lyncSettings as Record<string, unknown> | null;
  const actual = settings && setting in settings ? JSON.stringify(settings[setting]).replace(/"/g, "'") : 'unset';
  same(`the Lync setting ${setting} of ${name} on ${computer}`, actual, value);
}

export async function iconReads(w: Stage, name: string, computer: string, tooltip: string, menu: string): Promise<void> {
  const icon = (await seen(w, name, computer)).notificationArea.find((i) => i.name === 'Lync');
  found(`the notification area of ${name} on ${computer}`, icon, { expected: 'a Lync icon', found: 'no Lync icon' });
  same(
    `the Lync icon of ${name} on ${computer}`,
    `tooltip "${icon.tooltip}", menu ${icon.menu.join(', ')}`,
    `tooltip "${tooltip}", menu ${menu}`,
  );
}

export async function windowShows(w: Stage, name: string, computer: string, id: string, screen: string | null): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  same(`the ${id} window of ${name} on ${computer}`, win?.screen ?? null, screen);
}

/** One control of a window, as exploration names it ("a ticked box", "the text: …"); null: the window has no such control. */
export async function controlShows(
  w: Stage,
  name: string,
  computer: string,
  id: string,
  control: string,
  value: string | null,
): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  found(`${name}'s desktop on ${computer}`, win, { expected: `a ${id} window`, found: `no ${id} window` });
  const c = win.controls.find((x) => x.name === control);
  same(`"${control}" in the ${id} window of ${name} on ${computer}`, c ? controlValue(c) : null, value);
  if (c?.kind === 'label') w.checkedMessages.add(c.text);
}

/** Every alert the person has seen on that computer, "Bob: Have you got a minute?", joined by " / ". */
export async function alertsSeen(w: Stage, name: string, computer: string, expected: string): Promise<void> {
  const toasts = (await seen(w, name, computer)).toasts
    .map((t) => `${personOfAddress(w, t.title.toLowerCase(), t.title)}: ${t.text}`)
    .join(' / ');
  same(`alerts ${name} has seen on ${computer}`, toasts, expected);
}

export async function inForeground(w: Stage, name: string, computer: string, id: string, foreground: boolean): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  found(`${name}'s desktop on ${computer}`, win, { expected: `a ${id} window`, found: `no ${id} window` });
  same(`the ${id} window of ${name} on ${computer} in the foreground`, win.foreground, foreground);
}

const sentBy = (w: Stage, name: string, computer: string) => w.fake.network.sentFrom(computer, w.fake.person(name).windowsUser);

export function requestWas(w: Stage, n: number, name: string, computer: string, words: string): void {
  const r = sentBy(w, name, computer)[n - 1];
  same(`request ${n} of Lync for ${name} on ${computer}`, r ? requestWords(r, w.fake.timeline) : 'none', words);
}

export function requestCount(w: Stage, name: string, computer: string, count: number): void {
  same(`requests sent by Lync for ${name} on ${computer}`, sentBy(w, name, computer).length, count);
}

export async function windowTitle(w: Stage, name: string, computer: string, id: string, title: string): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  same(`the title of the ${id} window of ${name} on ${computer}`, win?.title ?? 'no window', title);
}

/** The names of every control of the window, in order, joined by ", ". */
export async function controlNames(w: Stage, name: string, computer: string, id: string, names: string): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  found(`${name}'s desktop on ${computer}`, win, { expected: `a ${id} window`, found: `no ${id} window` });
  same(`the controls of the ${id} window of ${name} on ${computer}`, win.controls.map((c) => c.name).join(', '), names);
}
