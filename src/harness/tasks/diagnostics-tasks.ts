import { setFault } from '../../fakes';
import type { Stage } from '../stage';

/** SO-09: the person holds CTRL while right-clicking the Lync icon in the notification area, then picks an item. */
export const ctrlRightClickIcon = (w: Stage, name: string, computer: string, item: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'iconMenu', place: 'notification area', item, ctrl: true });

export const closeConfigurationInformation = (w: Stage, name: string, computer: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'closeWindow', window: 'configurationInformation' });

/** DC-12: the person runs `ipconfig /flushdns` in a command prompt on the computer. */
export function flushDns(w: Stage, computer: string): void {
  w.fake.computer(computer).dnsCache.flush();
  w.fake.timeline.record(`ipconfig /flushdns on ${computer}: the DNS client cache is emptied`);
}

export const dnsCacheKeeps = (w: Stage, computer: string, minutes: number) =>
  setFault(w.fake, 'dns-client-cache', true, { computer, minutes });
export const timeZoneWrongClockAdjusted = (w: Stage, computer: string, hours: number) =>
  setFault(w.fake, 'time-zone-wrong-clock-adjusted', true, { computer, hours });
export const timeZoneRight = (w: Stage, computer: string) => setFault(w.fake, 'time-zone-wrong-clock-adjusted', false, { computer });
export const timeZoneChanged = (w: Stage, computer: string, hours: number) =>
  setFault(w.fake, 'time-zone-changed', true, { computer, hours });
export const dnsCacheKeepsNothing = (w: Stage, computer: string) => setFault(w.fake, 'dns-client-cache', false, { computer });
export const timeZoneSetBack = (w: Stage, computer: string) => setFault(w.fake, 'time-zone-changed', false, { computer });
