import { policyNamed, setFault, type PolicyState } from '../../fakes';
import type { Stage } from '../stage';
import { chooseMenu, click, iconMenu, setCheckbox } from './lync-tasks';

/** What an administrator or the support desk does to a computer or a profile, and the Advanced Connection Settings. */

const profileOf = (w: Stage, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser);

export const setComputerPolicy = (w: Stage, policy: string, state: PolicyState, computer: string) =>
  setFault(w.fake, 'computer-policy', state !== 'Not configured', { computer, policy, state });

export const setUserPolicy = (w: Stage, policy: string, state: PolicyState, person: string) =>
  setFault(w.fake, 'user-policy', state !== 'Not configured', { person, policy, state });

/**
 * FS-15: a Lync policy that holds a number of minutes (GalDownloadInitialDelay), set in the Computer Configuration.
 * Not a fault: with Lync Online it changes nothing, which is what the scenarios show.
 */
export const setComputerMinutes = (w: Stage, policy: string, minutes: number, computer: string) =>
  w.fake.os.groupPolicy.setComputerNumber(w.fake.computer(computer), policyNamed(policy), minutes);

/** DC-12 (S10, S8): the two causes of TE-05 on the computer, and their fixes. */
export const machineGuidBraces = (w: Stage, computer: string, on: boolean) => setFault(w.fake, 'machine-guid-braces', on, { computer });
export const rsaFolderLocked = (w: Stage, person: string, computer: string, on: boolean) =>
  setFault(w.fake, 'rsa-folder-locked', on, { person, computer });

/** FS-10: server names left in the registry while the mode is automatic. */
export function leftoverServerNames(w: Stage, name: string, computer: string, server: string): void {
  profileOf(w, name, computer).connection = { mode: 'automatic', internalServer: server, externalServer: server };
}

const typeInDialog = (w: Stage, name: string, computer: string, field: string, text: string) =>
  w.driver.perform(computer, w.fake.person(name).windowsUser, { kind: 'type', window: 'connectionSettings', field, text });

/** AS-07: Options > Personal > Advanced, pick the configuration, fill the server names, OK, OK. */
export async function setConnection(
  w: Stage,
  name: string,
  computer: string,
  mode: 'automatic' | 'manual',
  internal = '',
  external = '',
): Promise<void> {
  await chooseMenu(w, name, computer, ['Tools', 'Options']);
  await click(w, name, computer, 'Advanced', 'options');
  await setCheckbox(w, name, computer, mode === 'manual' ? 'Manual configuration' : 'Automatic configuration', true, 'connectionSettings');
  if (mode === 'manual') {
    await typeInDialog(w, name, computer, 'Internal server name', internal);
    await typeInDialog(w, name, computer, 'External server name', external);
  }
  await click(w, name, computer, 'OK', 'connectionSettings');
  await click(w, name, computer, 'OK', 'options');
}

/** DC-09 (S11): exit Lync, delete the account's registry key, its sip_ folder, the Tracing folder and AccountProfiles.dat. */
export async function removeCacheByHand(w: Stage, name: string, computer: string): Promise<void> {
  if (w.fake.computer(computer).running(w.fake.person(name).windowsUser).length > 0)
    await iconMenu(w, name, computer, 'notification area', 'Exit');
  const profile = profileOf(w, name, computer);
  for (const address of profile.cache.addresses()) {
    profile.cache.removeByHand(address, 'registryKey');
    profile.cache.removeByHand(address, 'sipFolder');
  }
  profile.files.deleteTracing();
  profile.files.deleteAccountProfiles();
}

/** DC-10/S11: only the sip_<address> folder of the person's address. */
export async function deleteSipFolder(w: Stage, name: string, computer: string): Promise<void> {
  if (w.fake.computer(computer).running(w.fake.person(name).windowsUser).length > 0)
    await iconMenu(w, name, computer, 'notification area', 'Exit');
  profileOf(w, name, computer).cache.removeByHand(w.fake.person(name).address, 'sipFolder');
}
