import { searchLabels } from '../../simulator';
import { setFault } from '../../fakes';
import type { Stage } from '../stage';

/** FS-15: GalDownloadInitialDelay set by Group Policy for every user of a computer. */
export const setDownloadDelay = (w: Stage, minutes: number, computer: string) =>
  setFault(w.fake, 'address-book-delay-policy', true, { computer, minutes });

/** FS-15: the world's random wait falls at that part of its longest (null: drawn from the seed), so a scenario does not depend on the seed. */
export const fixWait = (w: Stage, percent: number | null) =>
  setFault(w.fake, 'random-wait-fixed', percent !== null, percent === null ? {} : { percent });

/** She types a colleague's name in the search box of the main window. */
export const searchFor = (w: Stage, name: string, computer: string, colleague: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'type', window: 'main', field: searchLabels.box, text: colleague });
