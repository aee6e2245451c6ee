import assert from 'node:assert/strict';
import { controlValue } from '../../../src/explore/control-value';
import { requestWords } from '../../../src/explore/observe';
import type { SimWorld } from '../sim-world';

/** Finer questions to the fake world and the screen, used by scenarios that exploration writes out. */

const profileOf = (w: SimWorld, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser);
const entryOf = (w: SimWorld, holder: string, computer: string, whose: string) =>
  profileOf(w, holder, computer).cache.peek(w.fake.person(whose).address);
const seen = (w: SimWorld, name: string, computer: string) => w.driver.observe(computer, w.fake.person(name).windowsUser);

/** Ground truth: every message Lync put on that desktop, whether or not it is still there. */
export function messageWasShown(w: SimWorld, name: string, computer: string, text: string): void {
  const shown = w.fake.computer(computer).session(w.fake.person(name).windowsUser).desktop.messagesShown;
  assert.ok(shown.includes(text), `Lync on ${computer} never showed ${name} "${text}"; it showed: ${JSON.stringify(shown)}`);
  w.checkedMessages.add(text);
}

export function cachePasswordIsAnother(w: SimWorld, holder: string, computer: string, whose: string): void {
  const e = entryOf(w, holder, computer, whose);
  const account = w.fake.service.account(w.fake.person(whose).address);
  assert.ok(
    e?.password && !account.password.equals(e.password),
    `the cache of ${holder} on ${computer} should hold a password for ${whose} that is not theirs`,
  );
}

export function cacheField(
  w: SimWorld,
  holder: string,
  computer: string,
  whose: string,
  field: 'userName' | 'endpoint',
  value: string | null,
): void {
  const e = entryOf(w, holder, computer, whose);
  assert.ok(e, `the cache of ${holder} on ${computer} holds nothing for ${whose}`);
  assert.equal(e[field], value, `${field} cached for ${whose} by ${holder} on ${computer}`);
}

/** A Lync setting in the user's registry, its value written as JSON with single quotes. */
export function settingIs(w: SimWorld, name: string, computer: string, setting: string, value: string): void {
  const settings = profileOf(w, name, computer).lyncSettings as Record<string, unknown> | null;
  const actual = settings && setting in settings ? JSON.stringify(settings[setting]).replace(/"/g, "'") : 'unset';
  assert.equal(actual, value, `the Lync setting ${setting} of ${name} on ${computer}`);
}

export async function iconReads(w: SimWorld, name: string, computer: string, tooltip: string, menu: string): Promise<void> {
  const icon = (await seen(w, name, computer)).notificationArea.find((i) => i.name === 'Lync');
  assert.ok(icon, `no Lync icon in the notification area of ${name} on ${computer}`);
  assert.deepEqual([icon.tooltip, icon.menu.join(', ')], [tooltip, menu], `the Lync icon of ${name} on ${computer}`);
}

export async function windowShows(w: SimWorld, name: string, computer: string, id: string, screen: string | null): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  assert.equal(win?.screen ?? null, screen, `the ${id} window of ${name} on ${computer}`);
}

/** One control of a window, as exploration names it ("a ticked box", "the text: …"); null: the window has no such control. */
export async function controlShows(
  w: SimWorld,
  name: string,
  computer: string,
  id: string,
  control: string,
  value: string | null,
): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  assert.ok(win, `${name} sees no ${id} window on ${computer}`);
  const c = win.controls.find((x) => x.name === control);
  assert.equal(c ? controlValue(c) : null, value, `"${control}" in the ${id} window of ${name} on ${computer}`);
  if (c?.kind === 'label') w.checkedMessages.add(c.text);
}

/** Every alert the person has seen on that computer, "Bob: Have you got a minute?", joined by " / ". */
export async function alertsSeen(w: SimWorld, name: string, computer: string, expected: string): Promise<void> {
  const who = (address: string) => [...w.fake.people.values()].find((p) => p.address === address.toLowerCase())?.name ?? address;
  const toasts = (await seen(w, name, computer)).toasts.map((t) => `${who(t.title)}: ${t.text}`).join(' / ');
  assert.equal(toasts, expected, `alerts ${name} has seen on ${computer}`);
}

export async function inForeground(w: SimWorld, name: string, computer: string, id: string, foreground: boolean): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  assert.ok(win, `${name} sees no ${id} window on ${computer}`);
  assert.equal(win.foreground, foreground, `the ${id} window of ${name} on ${computer} in the foreground`);
}

const sentBy = (w: SimWorld, name: string, computer: string) =>
  w.fake.network.sent.where((r) => r.computer === computer && r.windowsUser === w.fake.person(name).windowsUser);

export function requestWas(w: SimWorld, n: number, name: string, computer: string, words: string): void {
  const r = sentBy(w, name, computer)[n - 1];
  assert.equal(r ? requestWords(r, w.fake.timeline) : 'none', words, `request ${n} of Lync for ${name} on ${computer}`);
}

export function requestCount(w: SimWorld, name: string, computer: string, count: number): void {
  assert.equal(sentBy(w, name, computer).length, count, `requests sent by Lync for ${name} on ${computer}`);
}

export async function windowTitle(w: SimWorld, name: string, computer: string, id: string, title: string): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  assert.equal(win?.title, title, `the title of the ${id} window of ${name} on ${computer}`);
}

/** The names of every control of the window, in order, joined by ", ". */
export async function controlNames(w: SimWorld, name: string, computer: string, id: string, names: string): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === id);
  assert.ok(win, `${name} sees no ${id} window on ${computer}`);
  assert.equal(win.controls.map((c) => c.name).join(', '), names, `the controls of the ${id} window of ${name} on ${computer}`);
}
