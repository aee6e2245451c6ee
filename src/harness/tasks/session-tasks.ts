import { shutDown, sleep, startUp, switchUser as switchTo, wake } from '../../fakes';
import type { Stage } from '../stage';

/** The Windows session lifecycle: sleep and resume, shut down and start, fast user switching, a Lync that hangs. */

const settled = async (w: Stage, work: Promise<void>): Promise<void> => {
  await work;
  await w.fake.settle();
};

export const goToSleep = (w: Stage, computer: string) => settled(w, sleep(w.fake, computer));
export const wakeUp = (w: Stage, computer: string) => settled(w, wake(w.fake, computer));
export const hibernate = (w: Stage, computer: string) => settled(w, sleep(w.fake, computer, 'hibernate'));
export const resumeFromHibernation = (w: Stage, computer: string) => settled(w, wake(w.fake, computer, 'hibernate'));
export const shutDownComputer = (w: Stage, computer: string) => settled(w, shutDown(w.fake, computer));
export const startComputer = (w: Stage, computer: string) => settled(w, startUp(w.fake, computer));
export const switchUser = (w: Stage, name: string, computer: string) =>
  settled(w, switchTo(w.fake, computer, w.fake.person(name).windowsUser));
