import { searchLabels } from '../../simulator';
import type { Stage } from '../stage';

/** She types a colleague's name in the search box of the main window. */
export const searchFor = (w: Stage, name: string, computer: string, colleague: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'type', window: 'main', field: searchLabels.box, text: colleague });
