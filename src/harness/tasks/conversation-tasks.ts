import { contactLabels, conversationLabels } from '../../simulator';
import type { Stage } from '../stage';

/** She right-clicks the contact in her contact list and chooses Send an IM: the conversation window opens. */
export const openConversation = (w: Stage, name: string, computer: string, contact: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, {
    kind: 'menu',
    window: 'main',
    menu: contactLabels.menu(w.fake.person(contact).address),
    path: [conversationLabels.sendIm],
  });

/**
 * An IM from Lync: with no conversation window open on the contact, she right-clicks the contact in her contact list
 * and chooses Send an IM; then she types the message in the conversation window and presses Enter.
 */
export async function sendIm(w: Stage, name: string, computer: string, contact: string, text: string): Promise<void> {
  const user = w.fake.person(name).windowsUser;
  const address = w.fake.person(contact).address;
  const open = (await w.driver.observe(computer, user)).windows.find((x) => x.id === 'conversation');
  if (!open?.visible || open.title.toLowerCase() !== address.toLowerCase()) await openConversation(w, name, computer, contact);
  await w.driver.perform(computer, user, { kind: 'type', window: 'conversation', field: conversationLabels.box, text });
}

/** She closes the conversation window (its X): the conversation has ended. */
export const closeConversation = (w: Stage, name: string, computer: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'closeWindow', window: 'conversation' });
