import type { ClientEvent, LyncPolicyValues } from '../simulator';
import { Desktop } from './desktop';
import { DnsClientCache } from './dns-client-cache';
import type { LyncProcess } from './lync-process';
import type { NetworkName } from './network';
import type { Timeline } from './timeline';
import type { LyncProgram } from './portal-installer';
import { UserProfile } from './user-profile';
import { deliverTo } from './process-delivery';
import { SignInAssistant } from './sign-in-assistant/sign-in-assistant';
import { noProxySettings, type ProxySettings } from './proxy/proxies';

/** A Windows user who is logged on: a session with its own desktop. */
export interface WindowsSession {
  readonly windowsUser: string;
  locked: boolean;
  readonly desktop: Desktop;
}

/** A Windows computer: its users' profiles, who is logged on, its process table, its network and its clock. */
export class Computer {
  readonly profiles = new Map<string, UserProfile>();
  readonly sessions = new Map<string, WindowsSession>();
  readonly processes: LyncProcess[] = [];
  network: NetworkName = 'organization';
  /** This computer's clock minus true time (TE-04). */
  clockOffsetMs = 0;
  /** S13: the time zone set on this computer minus the right one, in minutes; Windows keeps UTC, so only the local time shown moves. */
  timeZoneShiftMinutes = 0;
  /** The Microsoft Online Services Sign-in Assistant service and the values it keeps (ClockSkew). */
  readonly signInAssistant = new SignInAssistant();
  /** TE-17: proxy settings come from a file:// PAC script. */
  filePac = false;
  /** KB 3123662: Internet Options > LAN settings: the named proxy and the automatic configuration script over HTTP. */
  proxySettings: ProxySettings = noProxySettings;
  /** TE-09: the root certificate of the identity provider's chain is missing on this computer. */
  missingRootCertificate = false;
  /** HKLM\SOFTWARE\Policies\Microsoft\Office\15.0\Lync, written by Group Policy (AS-09). */
  policyKey: LyncPolicyValues = {};
  /** DC-12: braces around HKLM\SOFTWARE\Microsoft\Cryptography\MachineGuid keep a new certificate from being stored. */
  machineGuidBraces = false;
  /** Lync in Program Files, for every user of the computer; null until the portal installs it. */
  lyncProgram: LyncProgram | null = null;
  /** KB 2436962: Outlook 2013 is installed (for every user); its mail profiles are per user (UserProfile.outlook). */
  outlookInstalled = false;
  /** Start menu entries every Windows user of this computer sees (All Users). */
  readonly allUsersStartMenu = new Set<string>();
  /** DC-12: the DNS client cache (`ipconfig /flushdns` empties it). */
  readonly dnsCache = new DnsClientCache();

  constructor(
    readonly name: string,
    private readonly timeline: Timeline,
  ) {}

  /** Office's setup installs Outlook 2013 for every Windows user of the computer (once: a second setup changes nothing). */
  installOutlook(): void {
    if (this.outlookInstalled) return;
    this.outlookInstalled = true;
    this.timeline.record(`Outlook 2013 is installed on ${this.name}`);
  }

  profile(windowsUser: string): UserProfile {
    let p = this.profiles.get(windowsUser);
    if (!p) {
      p = new UserProfile(windowsUser, this.name, this.timeline);
      this.profiles.set(windowsUser, p);
    }
    return p;
  }

  session(windowsUser: string): WindowsSession {
    const s = this.sessions.get(windowsUser);
    if (!s) throw new Error(`${this.name}: ${windowsUser} is not logged on; add "Given ${windowsUser} is logged on to ${this.name}"`);
    return s;
  }

  openSession(windowsUser: string): WindowsSession {
    const s: WindowsSession = { windowsUser, locked: false, desktop: new Desktop(`${windowsUser} on ${this.name}`, this.timeline) };
    this.sessions.set(windowsUser, s);
    return s;
  }

  running(windowsUser: string): LyncProcess[] {
    return this.processes.filter((p) => p.running && p.windowsUser === windowsUser);
  }

  /** Hands an event to every running Lync process of every logged-on user (network changes). */
  async broadcast(event: ClientEvent): Promise<void> {
    for (const p of this.processes.filter((x) => x.running)) await deliverTo(p, event);
  }
}
