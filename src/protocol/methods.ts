import { adminSettings, connectionSettings } from './admin-schema';
import { wireEvent } from './event-schema';
import { netFailure, requestId, wireNetRequest } from './net-schema';
import { protocolVersion } from './protocol-version';
import type { SdkClientState } from '../simulator';
import { array, boolean, empty, integer, literal, nullable, number, object, oneOf, string, type Infer, type Schema } from './schema';
import { loadedSettings, settingsPatch, wireCredentialEntry } from './settings-schema';
import { clientView } from './view-schema';

/** One method: what its params and its result must look like, and what it means. */
export interface MethodSpec<P, R> {
  readonly params: Schema<P>;
  readonly result: Schema<R>;
  readonly summary: string;
  /** Sent only to clients that declared this capability. */
  readonly capability?: string;
}

const method = <P, R>(params: Schema<P>, result: Schema<R>, summary: string, capability?: string): MethodSpec<P, R> =>
  capability === undefined ? { params, result, summary } : { params, result, summary, capability };

/** Who is being started: the simulated lync.exe this client process is. */
export const processIdentity = object({ computer: string(), windowsUser: string(), version: string(), pid: integer(0) });

export const initializeParams = object({
  protocolVersion: literal(protocolVersion),
  identity: processIdentity,
  harness: object({ name: string(), version: string() }),
});
export const initializeResult = object({
  protocolVersion: string(),
  client: object({ name: string(), version: string() }),
  capabilities: array(string()),
});

/** Requests the harness sends a client (one at a time; the client answers each before the next comes). */
export const harnessMethods = {
  initialize: method(
    initializeParams,
    initializeResult,
    'First message of every process: who it is; the client answers its name, version and capabilities.',
  ),
  'client/deliver': method(
    object({ event: wireEvent }),
    empty(),
    'Handle one event. Answer once it is handled, after every platform call it caused.',
  ),
  'client/screen': method(
    empty(),
    object({ view: clientView }),
    'What the client believes it shows; must equal the last view it rendered.',
    'screen',
  ),
} as const;

/** Requests a client sends the harness, served by the fake world, only while it handles a harness request. */
export const platformMethods = {
  'settings.read': method(empty(), loadedSettings, "The Windows user's Lync settings and whether Lync runs at logon."),
  'settings.write': method(object({ patch: settingsPatch }), empty(), 'Changes some of the settings.'),
  'admin.read': method(
    empty(),
    adminSettings,
    'The Lync policy keys of HKLM and HKCU (Software\\Policies\\Microsoft\\Office\\15.0\\Lync), the connection settings and logging.',
  ),
  'connection.write': method(object({ connection: connectionSettings }), empty(), 'Saves the Advanced Connection Settings.'),
  'log.write': method(object({ line: string() }), empty(), "Appends a line to the client's own log files (only when logging is on)."),
  'log.upload': method(
    object({ address: string(), failure: netFailure }),
    empty(),
    'Uploads the sign-in failure log to Microsoft, with no prompt (Lync Online users).',
  ),
  'runAtLogon.set': method(object({ enabled: boolean() }), empty(), "Adds Lync to (or removes it from) the Windows user's Run entries."),
  'credentials.read': method(
    object({ address: string() }),
    object({ entry: nullable(wireCredentialEntry) }),
    'The credential-cache entry for a sign-in address, or null.',
  ),
  'credentials.write': method(object({ entry: wireCredentialEntry }), empty(), 'Stores (replaces) the entry for its address.'),
  'credentials.delete': method(object({ address: string() }), empty(), 'Removes the entry for a sign-in address.'),
  'contacts.readCache': method(
    object({ address: string() }),
    object({ damaged: boolean() }),
    'Reads CoreContact.cache in the sip_ folder of a sign-in address: whether it is damaged (an absent file is not).',
  ),
  'contacts.writeCache': method(
    object({ address: string(), contacts: array(string()) }),
    empty(),
    'Writes the contact list (sign-in addresses) to CoreContact.cache in the sip_ folder of a sign-in address.',
  ),
  'outlook.readDefaultProfile': method(
    empty(),
    object({ profile: nullable(object({ name: string(), address: string() })) }),
    "The Windows user's default Outlook 2013 mail profile (HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook, DefaultProfile): its name and mailbox address; null when Outlook 2013 is not installed or there is no default profile.",
  ),
  'net.request': method(
    object({ requestId, request: wireNetRequest }),
    empty(),
    'Sends a request; the answer comes later as a net.response event.',
  ),
  'timer.set': method(
    object({ name: string(), ms: number(0) }, { random: boolean() }),
    empty(),
    'Starts (or restarts) a named timer on the virtual clock; it fires as a timer.fired event. With random: true the fake world draws the delay from its seed, between 0 and ms.',
  ),
  'timer.clear': method(object({ name: string() }), empty(), 'Cancels a named timer, if set.'),
  'desktop.render': method(
    object({ view: clientView }),
    empty(),
    'Replaces everything the process shows: windows, notification-area icon, taskbar button.',
  ),
  'sdk.state': method(
    object({ state: oneOf<SdkClientState>('SignedOut', 'SigningIn', 'SignedIn', 'ShuttingDown') }),
    empty(),
    "The client's state as Lync SDK applications in the same Windows session observe it (SO-12), sent at each change.",
  ),
  'desktop.alert': method(object({ title: string(), text: string() }), empty(), 'A toast at the bottom of the screen.'),
  'process.exit': method(empty(), empty(), 'The program ends; then the process exits.'),
} as const;

export type HarnessMethod = keyof typeof harnessMethods;
export type PlatformMethod = keyof typeof platformMethods;
export type HarnessParams<M extends HarnessMethod> = Infer<(typeof harnessMethods)[M]['params']>;
export type HarnessResult<M extends HarnessMethod> = Infer<(typeof harnessMethods)[M]['result']>;
export type PlatformParams<M extends PlatformMethod> = Infer<(typeof platformMethods)[M]['params']>;
export type PlatformResult<M extends PlatformMethod> = Infer<(typeof platformMethods)[M]['result']>;

export const isHarnessMethod = (name: string): name is HarnessMethod => Object.prototype.hasOwnProperty.call(harnessMethods, name);
export const isPlatformMethod = (name: string): name is PlatformMethod => Object.prototype.hasOwnProperty.call(platformMethods, name);
