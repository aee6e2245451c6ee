import { conversationLabels } from '../../simulator';
import type { Stage } from '../stage';
import { found, same } from './mismatch';
import { personOfAddress } from './person-of-address';

/**
 * The open conversation window, each of its lines as "Name: text" joined by " / " ("" for a window with no message
 * yet). A line whose sender is not exactly someone's sign-in address keeps the address as the window shows it.
 */
export async function conversationReads(w: Stage, name: string, computer: string, expected: string): Promise<void> {
  const win = (await w.driver.observe(computer, w.fake.person(name).windowsUser)).windows.find((x) => x.id === 'conversation');
  found(`${name}'s desktop on ${computer}`, win, { expected: 'a conversation window', found: 'no conversation window' });
  const box = win.controls.find((c) => c.name === conversationLabels.lines);
  const text = box?.kind === 'label' ? box.text : null;
  const lines = (text ?? '')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const at = l.indexOf(': ');
      return at < 0 ? l : `${personOfAddress(w, l.slice(0, at))}: ${l.slice(at + 2)}`;
    });
  same(`the conversation window of ${name} on ${computer}`, text === null ? 'no Conversation text' : lines.join(' / '), expected);
}
