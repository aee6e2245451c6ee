import { setFault, shutDown, sleep, startUp, switchUser as switchTo, wake } from '../../../src/fakes';
import type { SimWorld } from '../sim-world';

/** The Windows session lifecycle: sleep and resume, shut down and start, fast user switching, a Lync that hangs. */

const settled = async (w: SimWorld, work: Promise<void>): Promise<void> => {
  await work;
  await w.fake.settle();
};

export const goToSleep = (w: SimWorld, computer: string) => settled(w, sleep(w.fake, computer));
export const wakeUp = (w: SimWorld, computer: string) => settled(w, wake(w.fake, computer));
export const shutDownComputer = (w: SimWorld, computer: string) => settled(w, shutDown(w.fake, computer));
export const startComputer = (w: SimWorld, computer: string) => settled(w, startUp(w.fake, computer));
export const switchUser = (w: SimWorld, name: string, computer: string) =>
  settled(w, switchTo(w.fake, computer, w.fake.person(name).windowsUser));
export const lyncHangs = (w: SimWorld, name: string, computer: string) =>
  setFault(w.fake, 'lync-not-responding', true, { person: name, computer });
