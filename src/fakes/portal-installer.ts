import type { Assumptions } from '../simulator';
import type { Computer } from './computer';
import type { Timeline } from './timeline';

export const lyncStartMenuPath = 'All Programs > Microsoft Lync > Lync 2013';
export const lyncRunCommand = '"C:\\Program Files\\Microsoft Office\\Office15\\lync.exe" /fromrunkey';
export const currentLyncVersion = '15.0.4569.1503';

/** The Office 365 portal's installer: installs Lync for one Windows user on one computer, with the sign-in address pre-configured (FS-01). */
export function installLyncFromPortal(
  computer: Computer,
  windowsUser: string,
  signInAddress: string,
  assumptions: Assumptions,
  timeline: Timeline,
  version = currentLyncVersion,
): void {
  const profile = computer.profile(windowsUser);
  profile.startMenu.add(lyncStartMenuPath);
  if (assumptions.autoStartByDefault) profile.runEntries.set('Lync', lyncRunCommand);
  profile.lyncSettings = {
    signInAddress,
    showInForeground: assumptions.showInForegroundByDefault,
    trustedServers: [],
    signedOutByUser: false,
  };
  profile.installedVersion = version;
  timeline.record(
    `the Office 365 portal installs Lync ${version} for ${timeline.name(windowsUser)} on ${computer.name} (sign-in address ${signInAddress})`,
  );
}
