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
export const timeZoneRight = (w: Stage, computer: string) => setFault(w.fake, 'time-zone-wrong-clock-adjusted', false, { computer });
