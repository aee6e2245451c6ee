import { searchLabels } from '../../simulator';
import type { Stage } from '../stage';

/**
 * She types a colleague's name in the search box of the main window, over whatever it held: the box is cleared
 * first, so the same words typed again are a new search (in a browser, filling a box with what it holds changes nothing).
 */
export async function searchFor(w: Stage, name: string, computer: string, colleague: string): Promise<void> {
  const windowsUser = w.fake.person(name).windowsUser;
  await w.driver.perform(computer, windowsUser, { kind: 'type', window: 'main', field: searchLabels.box, text: '' });
  await w.driver.perform(computer, windowsUser, { kind: 'type', window: 'main', field: searchLabels.box, text: colleague });
}
