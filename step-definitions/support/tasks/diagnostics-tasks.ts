import type { SimWorld } from '../sim-world';

/** SO-09: the person holds CTRL while right-clicking the Lync icon in the notification area, then picks an item. */
export const ctrlRightClickIcon = (w: SimWorld, name: string, computer: string, item: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'iconMenu', place: 'notification area', item, ctrl: true });

export const closeConfigurationInformation = (w: SimWorld, name: string, computer: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'click', window: 'configurationInformation', control: 'Close' });
