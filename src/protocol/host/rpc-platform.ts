import type { Platform } from '../../runtime/platform';
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
  SdkClientState,
} from '../../simulator';
import type { SecretCodec } from '../secret-codec';
import { fromWireEntry, toWireEntry, toWireRequest } from '../wire-conversion';
import type { SyncPeer } from './sync-peer';

/** The {@link Platform} port of a client process, reached over the protocol: each call is one blocking request. */
export class RpcPlatform implements Platform {
  #exited = false;

  constructor(
    private readonly peer: SyncPeer,
    readonly codec: SecretCodec,
  ) {}

  /** True once the program called exit(): the host ends after answering the current request. */
  get exited(): boolean {
    return this.#exited;
  }

  readSettings(): LoadedSettings {
    return this.peer.call('settings.read', {});
  }

  writeSettings(patch: Partial<ClientSettings>): void {
    this.peer.call('settings.write', { patch });
  }

  readAdmin(): AdminSettings {
    return this.peer.call('admin.read', {});
  }

  writeConnection(connection: ConnectionSettings): void {
    this.peer.call('connection.write', { connection });
  }

  writeLog(line: string): void {
    this.peer.call('log.write', { line });
  }

  uploadLog(address: string, failure: NetFailure): void {
    this.peer.call('log.upload', { address, failure });
  }

  setRunAtLogon(enabled: boolean): void {
    this.peer.call('runAtLogon.set', { enabled });
  }

  readCredentials(address: string): CredentialEntry | null {
    const { entry } = this.peer.call('credentials.read', { address });
    return entry === null ? null : fromWireEntry(entry, this.codec);
  }

  writeCredentials(entry: CredentialEntry): void {
    this.peer.call('credentials.write', { entry: toWireEntry(entry, this.codec) });
  }

  deleteCredentials(address: string): void {
    this.peer.call('credentials.delete', { address });
  }

  readContactCache(address: string): boolean {
    return this.peer.call('contacts.readCache', { address }).damaged;
  }

  writeContactCache(address: string, contacts: readonly string[]): void {
    this.peer.call('contacts.writeCache', { address, contacts: [...contacts] });
  }

  readOutlookProfile(): MailProfile | null {
    return this.peer.call('outlook.readDefaultProfile', {}).profile;
  }

  request(requestId: number, request: NetRequest): void {
    this.peer.call('net.request', { requestId, request: toWireRequest(request, this.codec) });
  }

  setTimer(name: string, ms: number, random = false): void {
    this.peer.call('timer.set', random ? { name, ms, random } : { name, ms });
  }

  clearTimer(name: string): void {
    this.peer.call('timer.clear', { name });
  }

  render(view: ClientView): void {
    this.peer.call('desktop.render', { view });
  }

  reportSdkState(state: SdkClientState): void {
    this.peer.call('sdk.state', { state });
  }

  alert(title: string, text: string): void {
    this.peer.call('desktop.alert', { title, text });
  }

  exit(): void {
    this.peer.call('process.exit', {});
    this.#exited = true;
  }
}
