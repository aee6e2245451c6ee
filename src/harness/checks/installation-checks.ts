import { currentLyncVersion, lyncStartMenuPath } from '../../fakes';
import type { Stage } from '../stage';
import { found, holds, same } from './mismatch';

/** Ground truth about installation: what is on the computer, what is in a Windows user's profile. */

export function installedForEveryone(w: Stage, computer: string): void {
  const pc = w.fake.computer(computer);
  holds(computer, pc.lyncProgram !== null, {
    expected: 'Lync 2013 is installed',
    found: 'Lync is not installed',
  });
  holds(computer, pc.allUsersStartMenu.has(lyncStartMenuPath), {
    expected: `the All Users Start menu has ${lyncStartMenuPath}`,
    found: 'the All Users Start menu has no Lync 2013',
  });
}

export function inStartMenu(w: Stage, name: string, computer: string): void {
  const pc = w.fake.computer(computer);
  const user = w.fake.person(name).windowsUser;
  holds(
    `${name}'s Start menu on ${computer}`,
    pc.allUsersStartMenu.has(lyncStartMenuPath) || pc.profile(user).startMenu.has(lyncStartMenuPath),
    {
      expected: `it has ${lyncStartMenuPath}`,
      found: 'it has no Lync 2013',
    },
  );
}

export function programVersion(w: Stage, computer: string, version = currentLyncVersion): void {
  same(`the version of Lync installed on ${computer}`, w.fake.computer(computer).lyncProgram?.version ?? 'none installed', version);
}

/** MU-03: what the person sees in the sign-in address box of her Lync: nothing at all. */
export async function addressBoxEmpty(w: Stage, name: string, computer: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const box = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === 'Sign-in address');
  const textbox = box?.kind === 'textbox' ? box : undefined;
  found(`${name}'s Lync on ${computer}`, textbox, { expected: 'a "Sign-in address" box', found: 'no such box' });
  same(`the sign-in address box of ${name} on ${computer}`, textbox.value, '');
}
