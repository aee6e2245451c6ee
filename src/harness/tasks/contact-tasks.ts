import { contactLabels } from '../../simulator';
import type { Stage } from '../stage';

/** KB 2435699: what a person does to her contact list in Lync (the list is kept on the service). */

/** She types the colleague's sign-in address in the Add a Contact box and clicks Add to Contacts List. */
export async function addInLync(w: Stage, name: string, computer: string, contact: string): Promise<void> {
  const user = w.fake.person(name).windowsUser;
  const text = w.fake.person(contact).address;
  await w.driver.perform(computer, user, { kind: 'type', window: 'main', field: contactLabels.addBox, text });
  await w.driver.perform(computer, user, { kind: 'click', window: 'main', control: contactLabels.addButton });
}

/** She right-clicks the contact in her contact list and chooses Remove from Contacts List. */
export const removeInLync = (w: Stage, name: string, computer: string, contact: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, {
    kind: 'menu',
    window: 'main',
    menu: contactLabels.menu(w.fake.person(contact).address),
    path: [contactLabels.remove],
  });
