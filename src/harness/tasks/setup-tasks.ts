import type { NetworkName } from '../../fakes';
import type { Stage } from '../stage';
import { logOn, setNetwork } from './world-tasks';

/** Set-up that is about the world before the story starts. */

export async function loggedOnVia(w: Stage, name: string, computer: string, network: NetworkName): Promise<void> {
  await setNetwork(w, computer, network);
  await logOn(w, name, computer);
}

export function clearPreconfiguredAddress(w: Stage, name: string, computer: string): void {
  const profile = w.fake.computer(computer).profile(w.fake.person(name).windowsUser);
  if (!profile.lyncSettings) throw new Error(`Lync is not installed for ${name} on ${computer}`);
  profile.lyncSettings = { ...profile.lyncSettings, signInAddress: '' };
}
