import type { NetFailure } from '../../simulator';
import type { Timeline } from '../timeline';

/** The paths Lync 2013 uses in a Windows user's profile (DC-09, S11). */
export const lyncPaths = {
  sipFolder: (address: string) => `%LocalAppData%\\Microsoft\\Office\\15.0\\Lync\\sip_${address.toLowerCase()}`,
  registryKey: (address: string) => `HKCU\\Software\\Microsoft\\Office\\15.0\\Lync\\${address.toLowerCase()}`,
  tracing: '%LocalAppData%\\Microsoft\\Office\\15.0\\Lync\\Tracing',
  accountProfiles: '%UserProfile%\\AppData\\Roaming\\Microsoft\\Office\\15.0\\Lync\\AccountProfiles.dat',
} as const;

/** The client's own log files and AccountProfiles.dat in one Windows user's profile (FS-14, DC-09). */
export class LyncFiles {
  /** Lines of the log files under Tracing (written only when logging is on); null when the folder is gone. */
  tracing: string[] | null = null;
  /** Sign-in addresses in AccountProfiles.dat; null when the file is absent. */
  accountProfiles: string[] | null = null;

  constructor(
    private readonly owner: string,
    private readonly timeline: Timeline,
  ) {}

  log(line: string): void {
    this.tracing = [...(this.tracing ?? []), line];
    this.timeline.record(`Lync writes to its log in ${lyncPaths.tracing} of ${this.timeline.name(this.owner)}: ${line}`);
  }

  rememberAccount(address: string): void {
    const known = this.accountProfiles ?? [];
    if (!known.includes(address.toLowerCase())) this.accountProfiles = [...known, address.toLowerCase()];
  }

  deleteTracing(): void {
    this.tracing = null;
    this.timeline.record(`the ${lyncPaths.tracing} folder of ${this.timeline.name(this.owner)} is deleted`);
  }

  deleteAccountProfiles(): void {
    this.accountProfiles = null;
    this.timeline.record(`${lyncPaths.accountProfiles} of ${this.timeline.name(this.owner)} is deleted`);
  }
}

/** FS-14: one sign-in failure log that reached Microsoft. */
export interface UploadedLog {
  readonly at: number;
  readonly computer: string;
  readonly windowsUser: string;
  readonly address: string;
  readonly failure: NetFailure;
}
