import { automaticConnection, type ClientSettings, type ConnectionSettings, type LyncPolicyValues } from '../simulator';
import { LyncFiles } from './administration/lync-files';
import { CredentialCache } from './credential-cache';
import { OutlookProfiles } from './outlook/outlook-profiles';
import type { Timeline } from './timeline';

/** A Windows user's profile on one computer: Start menu, Run entries, registry and credential cache are all per user (AS-04, MU-02). */
export class UserProfile {
  readonly startMenu = new Set<string>();
  /** HKCU\...\CurrentVersion\Run: name -> command line. */
  readonly runEntries = new Map<string, string>();
  /** HKCU\Software\Microsoft\Office\15.0\Lync, as the client reads and writes it. */
  lyncSettings: ClientSettings | null = null;
  readonly cache: CredentialCache;
  /** HKCU\SOFTWARE\Policies\Microsoft\Office\15.0\Lync, written by Group Policy (AS-09). */
  policyKey: LyncPolicyValues = {};
  /** Advanced Connection Settings (AS-07). */
  connection: ConnectionSettings = automaticConnection;
  /** "Turn on logging in Lync" (FS-14). */
  tracing = false;
  /** AS-11: the domain account (user principal name) this Windows user logs on with; null for a local account. */
  domainAccount: string | null = null;
  /** DC-12/TE-14: the user's RSA key folder is locked (after a password change): no new certificate can be stored. */
  rsaFolderLocked = false;
  readonly files: LyncFiles;
  /** KB 2436962: Outlook 2013's mail profiles (HKCU\Software\Microsoft\Office\15.0\Outlook). */
  readonly outlook: OutlookProfiles;

  constructor(
    readonly windowsUser: string,
    readonly computer: string,
    timeline: Timeline,
  ) {
    this.cache = new CredentialCache(`${windowsUser} on ${computer}`, timeline);
    this.files = new LyncFiles(`${windowsUser} on ${computer}`, timeline);
    this.outlook = new OutlookProfiles(windowsUser, computer, timeline);
  }
}
