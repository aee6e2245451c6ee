import assert from 'node:assert/strict';
import type { SimWorld } from '../sim-world';

/** SO-09 and NR-16: the client's Configuration Information window, and what the service knows of the session. */

const seen = (w: SimWorld, name: string, computer: string) => w.driver.observe(computer, w.fake.person(name).windowsUser);

/** The item is on the icon's menu only when CTRL is held. */
export async function offeredOnlyWithCtrl(w: SimWorld, name: string, computer: string, item: string): Promise<void> {
  const icon = (await seen(w, name, computer)).notificationArea.find((i) => i.name === 'Lync');
  assert.ok(icon, `no Lync icon in the notification area of ${name} on ${computer}`);
  assert.ok(!icon.menu.includes(item), `a plain right-click already offers ${item}: ${icon.menu.join(', ')}`);
  assert.ok(
    (icon.ctrlMenu ?? []).includes(item),
    `CTRL + right-click does not offer ${item}: ${(icon.ctrlMenu ?? []).join(', ') || 'nothing more'}`,
  );
}

export async function configurationLineReads(w: SimWorld, name: string, computer: string, line: string, text: string): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === 'configurationInformation' && x.visible);
  assert.ok(win, `${name} sees no Configuration Information window on ${computer}`);
  const c = win.controls.find((x) => x.name === line);
  assert.ok(
    c && c.kind === 'label',
    `no "${line}" line in Configuration Information; lines: ${win.controls.map((x) => x.name).join(', ')}`,
  );
  assert.equal(c.text, text, `"${line}" in Configuration Information on ${computer}`);
}

export async function configurationShown(w: SimWorld, name: string, computer: string, shown: boolean): Promise<void> {
  const present = (await seen(w, name, computer)).windows.some((x) => x.id === 'configurationInformation' && x.visible);
  assert.equal(present, shown, `the Configuration Information window of ${name} on ${computer}`);
}

/** NR-16, ground truth: the service's session of the person from that computer, and where it came from. */
export function sessionCameFrom(w: SimWorld, name: string, computer: string, intranet: boolean): void {
  const sessions = w.fake.service.sessionsOf(w.fake.person(name).address).filter((s) => s.computer === computer);
  assert.equal(sessions.length, 1, `sessions of ${name} from ${computer}: ${sessions.length}`);
  assert.equal(
    sessions[0]?.fromIntranet,
    intranet,
    `the session of ${name} from ${computer} came ${intranet ? 'from the intranet' : 'through the Edge'}`,
  );
}

/** DC-12, ground truth: whether the computer's DNS client cache holds an answer for the name now. */
export function dnsCacheHolds(w: SimWorld, computer: string, name: string, holds: boolean): void {
  const c = w.fake.computer(computer);
  assert.equal(c.dnsCache.holds(name, w.fake.clock.now()), holds, `the DNS client cache of ${computer} holding an answer for ${name}`);
}

/** S13, ground truth: how far the computer's UTC time and its shown local time are from the right ones. */
export function timeOff(w: SimWorld, computer: string, utcHours: number, localHours: number): void {
  const c = w.fake.computer(computer);
  assert.equal(c.clockOffsetMs / 3_600_000, utcHours, `hours the UTC time of ${computer} is off`);
  assert.equal(
    (c.clockOffsetMs + c.timeZoneShiftMinutes * 60_000) / 3_600_000,
    localHours,
    `hours the local time shown on ${computer} is off`,
  );
}
