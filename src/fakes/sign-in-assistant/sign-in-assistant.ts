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

/**
 * The Microsoft Online Services Sign-in Assistant on one computer: the Windows service msoidsvc that Lync's sign-in to
 * Office 365 goes through (IDCRL), and the values it keeps in the registry. Lync 2013 brings it with Office (a computer
 * without it is not modelled). It carries a sign-in only while it runs and can reach the identity provider.
 */
export class SignInAssistant {
  state: ServiceState = 'Running';
  startupType: StartupType = 'Automatic';
  /**
   * S13: the ClockSkew DWORD (seconds) it keeps under HKEY_USERS\.DEFAULT\Software\Microsoft\MSOIdentityCRL after the
   * identity provider turned down the computer's time; null when the value is absent.
   */
  clockSkewSeconds: number | null = null;

  /** Whether it can carry a sign-in to the identity provider now: it runs, and its path lets it through. */
  carriesSignIn(path: SignInAssistantPath): boolean {
    return this.state === 'Running' && !path.filePac && !path.droppedByFirewall;
  }

  /** `net start msoidsvc`: null when it runs afterwards, else Windows' reason. */
  start(): string | null {
    if (this.startupType === 'Disabled') return disabledServiceError;
    this.state = 'Running';
    return null;
  }

  stop(): void {
    this.state = 'Stopped';
  }

  /** The computer starts: Windows starts the service when its startup type is Automatic. */
  computerStarted(): void {
    this.state = this.startupType === 'Automatic' ? 'Running' : 'Stopped';
  }

  /** S13: writes ClockSkew when the identity provider turns the time down, removes it after a success (inferred). */
  noteAnswer(clockTurnedDown: boolean, ok: boolean, clockOffsetMs: number): void {
    if (clockTurnedDown) this.clockSkewSeconds = Math.round(Math.abs(clockOffsetMs) / 1000);
    else if (ok) this.clockSkewSeconds = null;
  }
}
