import type {
  AdminSettings,
  ClientEvent,
  ClientSettings,
  ClientView,
  ConnectionSettings,
  CredentialEntry,
  LoadedSettings,
  MailProfile,
  NetFailure,
  NetRequest,
  SdkClientState,
} from '../simulator';

/**
 * The ports a client process gets from its platform (the fake Windows, network and service).
 * Reads answer at once; a request's answer, a timer and a push from the service arrive later as events
 * delivered to the process. The reference runtime calls these; an external client reaches them over the protocol.
 */
export interface Platform {
  /** The Windows user's Lync settings, and whether Lync is in the user's Run entries at logon. */
  readSettings(): LoadedSettings;
  writeSettings(patch: Partial<ClientSettings>): void;
  /** The Lync policy keys (HKLM and HKCU ...\Policies\Microsoft\Office\15.0\Lync), the connection settings and logging. */
  readAdmin(): AdminSettings;
  /** Advanced Connection Settings saved in the user's registry (AS-07). */
  writeConnection(connection: ConnectionSettings): void;
  /** A line in the client's own log files under Tracing (FS-14, when logging is on). */
  writeLog(line: string): void;
  /** Sends the sign-in failure log to Microsoft (FS-14). */
  uploadLog(address: string, failure: NetFailure): void;
  /** Adds or removes Lync from the Windows user's Run entries (AS-04). */
  setRunAtLogon(enabled: boolean): void;
  readCredentials(address: string): CredentialEntry | null;
  writeCredentials(entry: CredentialEntry): void;
  deleteCredentials(address: string): void;
  /** KB 2435699: whether CoreContact.cache in the sip_ folder of this address is damaged (an absent one is not). */
  readContactCache(address: string): boolean;
  /** KB 2435699: writes the contact list to CoreContact.cache in the sip_ folder of this address. */
  writeContactCache(address: string, contacts: readonly string[]): void;
  /** KB 2436962: the default Outlook 2013 mail profile of the Windows user; null without Outlook 2013 or a default profile. */
  readOutlookProfile(): MailProfile | null;
  /** Sends a request; the answer comes back as a `net.response` event with the same id. */
  request(requestId: number, request: NetRequest): void;
  /**
   * Starts (or restarts) a named timer on the virtual clock; it fires as a `timer.fired` event. `random` (FS-15): the
   * world draws the delay from its seed, between 0 and `ms`.
   */
  setTimer(name: string, ms: number, random?: boolean): void;
  clearTimer(name: string): void;
  /** Replaces what the process shows on the desktop: its windows, its icon, its taskbar button. */
  render(view: ClientView): void;
  /** SO-12: the client's state as SDK applications attached to it observe it (SigningIn, SignedIn, SignedOut...), at each change. */
  reportSdkState(state: SdkClientState): void;
  /** A toast at the bottom of the screen (an incoming message while signed in). */
  alert(title: string, text: string): void;
  /** The process ends itself. */
  exit(): void;
}

/** One running client process, as the fake OS sees it. */
export interface ClientProcess {
  /** Hands the process an event and resolves when it has handled it (and everything that followed at once). */
  deliver(event: ClientEvent): Promise<void>;
  /** The OS kills the process (log-off time is up, or the harness stops). */
  kill(): Promise<void>;
}

/** Starts a client process bound to its platform: the seam where drivers plug in different clients. */
export interface ProcessIdentity {
  readonly computer: string;
  readonly windowsUser: string;
  /** The version of lync.exe installed for this user (TE-03). */
  readonly version: string;
  readonly pid: number;
}

export type ClientLauncher = (platform: Platform, identity: ProcessIdentity) => Promise<ClientProcess>;
