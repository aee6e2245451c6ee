import type { Assumptions } from '../simulator';
import type { Computer } from './computer';
import type { Timeline } from './timeline';
import type { UserProfile } from './user-profile';

export const lyncStartMenuPath = 'All Programs > Microsoft Lync > Lync 2013';
export const lyncRunCommand = '"C:\\Program Files\\Microsoft Office\\Office15\\lync.exe" /fromrunkey';
export const currentLyncVersion = '15.0.4569.1503';

/** Lync as installed on a computer (Program Files, HKLM): one copy for every Windows user of it. */
export interface LyncProgram {
  readonly version: string;
  /** The per-user defaults written at each user's first run (AS-05). */
  readonly autoStart: boolean;
  readonly showInForeground: boolean;
}

/**
 * The Office 365 portal's installer, run by one Windows user on one computer: it installs (or updates) the program
 * for the computer, with a Start menu entry for every user, and pre-configures the installing user's sign-in address
 * (FS-01). Everything else per user comes into being at that user's first run (MU-03).
 */
export function installLyncFromPortal(
  computer: Computer,
  windowsUser: string,
  signInAddress: string,
  assumptions: Assumptions,
  timeline: Timeline,
  version = currentLyncVersion,
): void {
  const update = computer.lyncProgram !== null && computer.lyncProgram.version !== version;
  computer.lyncProgram = { version, autoStart: assumptions.autoStartByDefault, showInForeground: assumptions.showInForegroundByDefault };
  computer.allUsersStartMenu.add(lyncStartMenuPath);
  const profile = computer.profile(windowsUser);
  firstRunSetUp(computer, profile);
  profile.lyncSettings = { ...(profile.lyncSettings ?? defaultSettings(computer.lyncProgram)), signInAddress };
  timeline.record(
    `the Office 365 portal ${update ? 'updates' : 'installs'} Lync ${version} on ${computer.name} for every user, run by ${timeline.name(windowsUser)} (sign-in address ${signInAddress})`,
  );
}

const defaultSettings = (program: LyncProgram) => ({
  signInAddress: '',
  showInForeground: program.showInForeground,
  trustedServers: [] as string[],
  signedOutByUser: false,
});

/**
 * MU-03: the first time a Windows user runs Lync (or runs the portal installer), their own settings and Run entry are
 * made, with the program's defaults and no sign-in address. Does nothing for a user who already has them.
 */
export function firstRunSetUp(computer: Computer, profile: UserProfile): boolean {
  const program = computer.lyncProgram;
  if (!program || profile.lyncSettings) return false;
  profile.lyncSettings = defaultSettings(program);
  if (program.autoStart) profile.runEntries.set('Lync', lyncRunCommand);
  return true;
}
