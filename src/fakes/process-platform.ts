import type {
  AdminSettings,
  ClientSettings,
  ClientView,
  ConnectionSettings,
  CredentialEntry,
  LoadedSettings,
  MailProfile,
  NetFailure,
  NetRequest,
  NetResponse,
  SdkClientState,
} from '../simulator';
import type { Platform } from '../runtime/platform';
import type { Computer, WindowsSession } from './computer';
import type { LyncProcess } from './lync-process';
import type { Network } from './network';
import type { RandomWaits } from './random-waits';
import { firstRunSetUp, lyncRunCommand } from './portal-installer';
import type { Timeline } from './timeline';
import type { UserProfile } from './user-profile';
import type { VirtualClock } from './virtual-clock';
import { deliverTo } from './process-delivery';

/** The fake Windows, network and service as one Lync process sees them: the ports of {@link Platform}. */
export class ProcessPlatform implements Platform {
  constructor(
    private readonly computer: Computer,
    private readonly profile: UserProfile,
    private readonly session: WindowsSession,
    private readonly process: LyncProcess,
    private readonly network: Network,
    private readonly waits: RandomWaits,
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    private readonly onExit: (p: LyncProcess) => void,
  ) {}

  readSettings(): LoadedSettings {
    if (firstRunSetUp(this.computer, this.profile))
      this.timeline.record(`Lync runs for the first time for ${this.profile.windowsUser} on ${this.computer.name}: new per-user settings`);
    const s = this.profile.lyncSettings;
    if (!s) throw new Error(`Lync is not installed for ${this.profile.windowsUser} on ${this.computer.name}`);
    return { ...s, runAtLogon: this.profile.runEntries.has('Lync') };
  }

  writeSettings(patch: Partial<ClientSettings>): void {
    const s = this.readSettings();
    const { runAtLogon: _ignored, ...current } = s;
    this.profile.lyncSettings = { ...current, ...patch };
  }

  readAdmin(): AdminSettings {
    const p = this.profile;
    return {
      policies: { machine: this.computer.policyKey, user: p.policyKey },
      connection: p.connection,
      tracing: p.tracing,
      domainAccount: p.domainAccount,
    };
  }

  writeConnection(connection: ConnectionSettings): void {
    this.profile.connection = connection;
    this.timeline.record(
      `Lync saves the connection settings of ${this.profile.windowsUser} on ${this.computer.name}: ${connection.mode} configuration` +
        (connection.mode === 'manual'
          ? ` (internal ${connection.internalServer || 'none'}, external ${connection.externalServer || 'none'})`
          : ''),
    );
  }

  writeLog(line: string): void {
    this.profile.files.log(line);
  }

  uploadLog(address: string, failure: NetFailure): void {
    this.network.uploadLog(
      { computer: this.computer.name, windowsUser: this.profile.windowsUser, network: this.computer.network },
      address,
      failure,
    );
  }

  setRunAtLogon(enabled: boolean): void {
    if (enabled) this.profile.runEntries.set('Lync', lyncRunCommand);
    else this.profile.runEntries.delete('Lync');
    this.timeline.record(
      `Lync ${enabled ? 'adds itself to' : 'removes itself from'} ${this.timeline.name(this.profile.windowsUser)}'s Run entries on ${this.computer.name}`,
    );
  }

  readCredentials(address: string): CredentialEntry | null {
    return this.profile.cache.read(address);
  }

  writeCredentials(entry: CredentialEntry): void {
    this.profile.cache.write(entry);
    this.profile.files.rememberAccount(entry.address);
  }

  deleteCredentials(address: string): void {
    this.profile.cache.delete(address);
  }

  readContactCache(address: string): boolean {
    return this.profile.cache.readContacts(address)?.damaged ?? false;
  }

  writeContactCache(address: string, contacts: readonly string[]): void {
    this.profile.cache.writeContacts(address, contacts);
  }

  readOutlookProfile(): MailProfile | null {
    const installed = this.computer.outlookInstalled;
    const profile = installed ? this.profile.outlook.defaultProfile() : null;
    const found = !installed ? 'Outlook is not installed' : profile ? `"${profile.name}" (${profile.address})` : 'no default profile';
    this.timeline.record(`Lync reads the default Outlook profile of ${this.profile.outlook.owner}: ${found}`);
    return profile;
  }

  /** The request ids this process has used: the protocol asks for a new one each time, so that answers cannot be mistaken. */
  readonly #requestIds = new Set<number>();

  request(requestId: number, request: NetRequest): void {
    if (this.#requestIds.has(requestId))
      throw new Error(
        `Lync (${this.profile.windowsUser} on ${this.computer.name}) sent a ${request.kind} request with id ${requestId}, which it had used already: its answer could be taken for the other's`,
      );
    this.#requestIds.add(requestId);
    const origin = {
      computer: this.computer.name,
      windowsUser: this.profile.windowsUser,
      domainAccount: this.profile.domainAccount,
      clockOffsetMs: this.computer.clockOffsetMs,
      network: this.computer.network,
      filePac: this.computer.filePac,
      proxySettings: this.computer.proxySettings,
      dnsCache: this.computer.dnsCache,
      missingRootCertificate: this.computer.missingRootCertificate,
      certificateStoreBroken: this.computer.machineGuidBraces || this.profile.rsaFolderLocked,
      signInAssistant: this.computer.signInAssistant,
    };
    this.network.send(origin, request, async (response) => {
      if (request.kind === 'authenticate') this.#noteClockSkew(response);
      if (this.process.running) await deliverTo(this.process, { type: 'net.response', requestId, response });
    });
  }

  /** S13: the Sign-In Assistant writes ClockSkew when the identity provider turns the time down. */
  #noteClockSkew(response: NetResponse): void {
    const turnedDown = !response.ok && response.failure === 'clock skew';
    this.computer.signInAssistant.noteAnswer(turnedDown, response.ok, this.computer.clockOffsetMs);
  }

  setTimer(name: string, ms: number, random = false): void {
    this.clearTimer(name);
    const delay = random ? this.waits.draw(`${this.computer.name}/${this.profile.windowsUser}/${name}`, ms) : ms;
    const id = this.clock.schedule(delay, 'timer', async () => {
      this.process.timers.delete(name);
      if (this.process.running) await deliverTo(this.process, { type: 'timer.fired', name });
    });
    this.process.timers.set(name, id);
  }

  clearTimer(name: string): void {
    const id = this.process.timers.get(name);
    if (id !== undefined) this.clock.cancel(id);
    this.process.timers.delete(name);
  }

  render(view: ClientView): void {
    if (this.process.running) this.session.desktop.render(this.process.pid, view);
  }

  reportSdkState(state: SdkClientState): void {
    this.process.sdkState = state;
    this.process.onSdkState?.(state);
  }

  alert(title: string, text: string): void {
    this.session.desktop.alert({ title, text });
  }

  exit(): void {
    this.onExit(this.process);
  }
}
