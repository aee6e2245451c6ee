import assert from 'node:assert/strict';
import { currentLyncVersion, lyncStartMenuPath } from '../../../src/fakes';
import type { SimWorld } from '../sim-world';

/** Ground truth about installation: what is on the computer, what is in a Windows user's profile. */

export function installedForEveryone(w: SimWorld, computer: string): void {
  const pc = w.fake.computer(computer);
  assert.ok(pc.lyncProgram, `Lync is not installed on ${computer}`);
  assert.ok(pc.allUsersStartMenu.has(lyncStartMenuPath), `the All Users Start menu of ${computer} has no Lync 2013`);
}

export function inStartMenu(w: SimWorld, name: string, computer: string): void {
  const pc = w.fake.computer(computer);
  const user = w.fake.person(name).windowsUser;
  assert.ok(
    pc.allUsersStartMenu.has(lyncStartMenuPath) || pc.profile(user).startMenu.has(lyncStartMenuPath),
    `${name}'s Start menu on ${computer} has no ${lyncStartMenuPath}`,
  );
}

export function programVersion(w: SimWorld, computer: string, version = currentLyncVersion): void {
  assert.equal(w.fake.computer(computer).lyncProgram?.version, version, `the version of Lync installed on ${computer}`);
}

/** MU-03: what the person sees in the sign-in address box of her Lync: nothing at all. */
export async function addressBoxEmpty(w: SimWorld, name: string, computer: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const box = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === 'Sign-in address');
  assert.ok(box && box.kind === 'textbox', `${name} sees no "Sign-in address" box on ${computer}`);
  assert.equal(box.value, '', `the sign-in address box of ${name} on ${computer}`);
}
