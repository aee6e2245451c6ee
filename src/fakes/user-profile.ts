import type { ClientSettings } from '../simulator';
import { CredentialCache } from './credential-cache';
import type { Timeline } from './timeline';

/** A Windows user's profile on one computer: Start menu, Run entries, registry and credential cache are all per user (AS-04, MU-02). */
export class UserProfile {
  readonly startMenu = new Set<string>();
  /** HKCU\...\CurrentVersion\Run: name -> command line. */
  readonly runEntries = new Map<string, string>();
  /** HKCU\Software\Microsoft\Office\15.0\Lync, as the client reads and writes it. */
  lyncSettings: ClientSettings | null = null;
  installedVersion: string | null = null;
  readonly cache: CredentialCache;

  constructor(
    readonly windowsUser: string,
    readonly computer: string,
    timeline: Timeline,
  ) {
    this.cache = new CredentialCache(`${windowsUser} on ${computer}`, timeline);
  }
}
