import type { Stage } from '../stage';
import { found, holds, same } from './mismatch';

/** SO-09 and NR-16: the client's Configuration Information window, and what the service knows of the session. */

const seen = (w: Stage, name: string, computer: string) => w.driver.observe(computer, w.fake.person(name).windowsUser);

/** The item is on the icon's menu only when CTRL is held. */
export async function offeredOnlyWithCtrl(w: Stage, name: string, computer: string, item: string): Promise<void> {
  const icon = (await seen(w, name, computer)).notificationArea.find((i) => i.name === 'Lync');
  found(`the notification area of ${name} on ${computer}`, icon, { expected: 'a Lync icon', found: 'no Lync icon' });
  holds(`a plain right-click on the Lync icon of ${name} on ${computer}`, !icon.menu.includes(item), {
    expected: `it does not offer ${item}`,
    found: `it offers ${icon.menu.join(', ')}`,
  });
  const ctrlMenu = icon.ctrlMenu ?? [];
  holds(`CTRL + right-click on the Lync icon of ${name} on ${computer}`, ctrlMenu.includes(item), {
    expected: `it offers ${item}`,
    found: `it offers ${ctrlMenu.join(', ') || 'nothing more'}`,
  });
}

export async function configurationLineReads(w: Stage, name: string, computer: string, line: string, text: string): Promise<void> {
  const win = (await seen(w, name, computer)).windows.find((x) => x.id === 'configurationInformation' && x.visible);
  found(`${name}'s desktop on ${computer}`, win, { expected: 'a Configuration Information window', found: 'none' });
  const c = win.controls.find((x) => x.name === line);
  const shown = c?.kind === 'label' ? c.text : `no such line; the lines are ${win.controls.map((x) => x.name).join(', ')}`;
  same(`"${line}" in Configuration Information on ${computer}`, shown, text);
}

export async function configurationShown(w: Stage, name: string, computer: string, shown: boolean): Promise<void> {
  const present = (await seen(w, name, computer)).windows.some((x) => x.id === 'configurationInformation' && x.visible);
  holds(`${name}'s desktop on ${computer}`, present === shown, {
    expected: `the Configuration Information window is ${shown ? 'shown' : 'not shown'}`,
    found: `it is ${present ? 'shown' : 'not shown'}`,
  });
}

/** NR-16, ground truth: the service's session of the person from that computer, and where it came from. */
export function sessionCameFrom(w: Stage, name: string, computer: string, intranet: boolean): void {
  const sessions = w.fake.service.sessionsOf(w.fake.person(name).address).filter((s) => s.computer === computer);
  same(`sessions of ${name} from ${computer} in the service`, sessions.length, 1);
  const from = (x: boolean | undefined) => (x ? 'from the intranet' : 'through the Edge');
  same(`where the session of ${name} from ${computer} came from`, from(sessions[0]?.fromIntranet), from(intranet));
}

/** DC-12, ground truth: whether the computer's DNS client cache holds an answer for the name now. */
export function dnsCacheHolds(w: Stage, computer: string, name: string, holds: boolean): void {
  const c = w.fake.computer(computer);
  const has = c.dnsCache.holds(name, w.fake.clock.now());
  same(
    `the DNS client cache of ${computer}`,
    has ? `it holds an answer for ${name}` : `it holds no answer for ${name}`,
    holds ? `it holds an answer for ${name}` : `it holds no answer for ${name}`,
  );
}

/** S13, ground truth: how far the computer's UTC time and its shown local time are from the right ones. */
export function timeOff(w: Stage, computer: string, utcHours: number, localHours: number): void {
  const c = w.fake.computer(computer);
  same(`hours the UTC time of ${computer} is off`, c.clockOffsetMs / 3_600_000, utcHours);
  same(`hours the local time shown on ${computer} is off`, (c.clockOffsetMs + c.timeZoneShiftMinutes * 60_000) / 3_600_000, localHours);
}
