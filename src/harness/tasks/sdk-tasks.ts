import type { Stage } from '../stage';

/** SO-12: an application using the Lync SDK starts in her Windows session and attaches to the running Lync. */
export async function startSdkApplication(w: Stage, name: string, computer: string): Promise<void> {
  w.fake.sdk.start(w.fake.computer(computer), w.fake.person(name).windowsUser);
  await w.fake.settle();
}

/** SO-12 / SO-13: the application calls BeginSignOut on the shared client. */
export async function sdkSignOut(w: Stage, name: string, computer: string): Promise<void> {
  await w.fake.sdk.of(computer, w.fake.person(name).windowsUser).signOut();
  await w.fake.settle();
}
