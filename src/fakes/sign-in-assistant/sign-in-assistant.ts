import type { NetFailure } from '../../simulator';

/** How Windows starts a service: at start-up, when asked, or never (services.msc's "Startup type"). */
export type StartupType = 'Automatic' | 'Manual' | 'Disabled';

/** A service's state as services.msc and `sc query` show it. */
export type ServiceState = 'Running' | 'Stopped';

/** What the Sign-In Assistant's path to the identity provider runs into, besides itself (network.ts). */
export interface SignInAssistantPath {
  /** TE-17: the computer's proxy is set by a file:// PAC script, which the Sign-In Assistant cannot read. */
  readonly filePac: boolean;
  /** S15: the network's firewall drops the service's direct connections (no TMG client entry for msoidsvc). */
  readonly droppedByFirewall: boolean;
}

/** `net start` of a disabled service: Windows' system error 1058. */
const disabledServiceError =
  'System error 1058: the service cannot be started, either because it is disabled or because it has no enabled devices associated with it.';

/** `net start` of a service that is not installed: Windows' system error 1060. */
const missingServiceError = 'System error 1060: the specified service does not exist as an installed service.';

/**
 * The version Office 365 Desktop Setup installs today, and the oldest the service still issues a personal certificate
 * through. S10 names an out-of-date Sign-In Assistant as a cause of the personal-certificate message without giving a
 * version; the last release of the 7.250 line is taken as current and anything before the 7.250 line as out of date.
 */
export const currentSignInAssistantVersion = '7.250.4303.0';
export const oldestSupportedSignInAssistantVersion = '7.250.0.0';

/** Compares dotted version numbers part by part (7.250.4303.0 > 7.0.1762.0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The Microsoft Online Services Sign-in Assistant on one computer: the Windows service msoidsvc that Lync's sign-in to
 * Office 365 goes through (IDCRL), and the values it keeps in the registry. Lync 2013 brings it with Office; it can
 * still be uninstalled on its own (Programs and Features), be out of date, or be stopped. Lync 2013 never offers to
 * download it (TE-11 is Lync 2010's prompt).
 */
export class SignInAssistant {
  /** Whether it is installed (services.msc lists it; Programs and Features shows its version). */
  installed = true;
  version = currentSignInAssistantVersion;
  state: ServiceState = 'Running';
  startupType: StartupType = 'Automatic';
  /**
   * S13: the ClockSkew DWORD (seconds) it keeps under HKEY_USERS\.DEFAULT\Software\Microsoft\MSOIdentityCRL after the
   * identity provider turned down the computer's time; null when the value is absent.
   */
  clockSkewSeconds: number | null = null;

  /** Whether its version is older than the oldest the service still issues a personal certificate through (S10). */
  get outOfDate(): boolean {
    return compareVersions(this.version, oldestSupportedSignInAssistantVersion) < 0;
  }

  /**
   * What stops it carrying a sign-in to the identity provider now, as Lync hears it; null when nothing does.
   * Not installed, not running, or its path blocked: Lync hears no answer for the address (S8, D6). Out of date: the
   * sign-in gets no personal certificate (S10).
   */
  refusal(path: SignInAssistantPath): NetFailure | null {
    if (!this.installed || this.state !== 'Running' || path.filePac || path.droppedByFirewall) return 'sign-in address not found';
    return this.outOfDate ? 'certificate rejected' : null;
  }

  /** `net start msoidsvc`: null when it runs afterwards, else Windows' reason. */
  start(): string | null {
    if (!this.installed) return missingServiceError;
    if (this.startupType === 'Disabled') return disabledServiceError;
    this.state = 'Running';
    return null;
  }

  stop(): void {
    this.state = 'Stopped';
  }

  /** Uninstalled from Programs and Features: the service and its version are gone. */
  uninstall(): void {
    this.installed = false;
    this.state = 'Stopped';
  }

  /**
   * Installed or updated (Office 365 Desktop Setup, or the download from the portal): the current version, a service
   * set to start automatically, started at once. The ClockSkew value is the user's registry's and stays.
   */
  install(version: string = currentSignInAssistantVersion): void {
    this.installed = true;
    this.version = version;
    this.startupType = 'Automatic';
    this.state = 'Running';
  }

  /** The computer starts: Windows starts the service when it is installed and its startup type is Automatic. */
  computerStarted(): void {
    this.state = this.installed && this.startupType === 'Automatic' ? 'Running' : 'Stopped';
  }

  /** S13: writes ClockSkew when the identity provider turns the time down, removes it after a success (inferred). */
  noteAnswer(clockTurnedDown: boolean, ok: boolean, clockOffsetMs: number): void {
    if (clockTurnedDown) this.clockSkewSeconds = Math.round(Math.abs(clockOffsetMs) / 1000);
    else if (ok) this.clockSkewSeconds = null;
  }
}
