import type { ClientSettings, CredentialEntry } from './client-settings';
import type { NetFailure, NetRequest } from './network-messages';
import type { ConnectionSettings } from './administration';

/** What the client asks its platform to do. The pure client only returns these; a runtime performs them through ports. */
export type ClientEffect =
  | { readonly type: 'settings.read' }
  | { readonly type: 'settings.write'; readonly patch: Partial<ClientSettings> }
  | { readonly type: 'runEntry.set'; readonly enabled: boolean }
  | { readonly type: 'credentials.read'; readonly address: string }
  | { readonly type: 'credentials.write'; readonly entry: CredentialEntry }
  | { readonly type: 'credentials.delete'; readonly address: string }
  | { readonly type: 'net.request'; readonly requestId: number; readonly request: NetRequest }
  /** `random` (FS-15): the platform draws the delay from the world's seed, between 0 and `ms`. */
  | { readonly type: 'timer.set'; readonly name: string; readonly ms: number; readonly random?: boolean }
  | { readonly type: 'timer.clear'; readonly name: string }
  | { readonly type: 'desktop.alert'; readonly title: string; readonly text: string }
  /** AS-07: Advanced Connection Settings saved in the user's registry. */
  | { readonly type: 'connection.write'; readonly connection: ConnectionSettings }
  /** FS-14: a line in the client's own log files (only when logging is on). */
  | { readonly type: 'log.write'; readonly line: string }
  /** FS-14: the sign-in failure log sent to Microsoft, with no prompt, for a Lync Online user. */
  | { readonly type: 'log.upload'; readonly address: string; readonly failure: NetFailure }
  /** KB 2435699: read CoreContact.cache in the sip_ folder of a sign-in address (answered by `contacts.cacheLoaded`). */
  | { readonly type: 'contacts.readCache'; readonly address: string }
  /** KB 2435699: write the contact list to CoreContact.cache in the sip_ folder of a sign-in address. */
  | { readonly type: 'contacts.writeCache'; readonly address: string; readonly contacts: readonly string[] }
  /** KB 2436962: read the default Outlook profile of the Windows user (answered by `outlook.profileLoaded`). */
  | { readonly type: 'outlook.readDefaultProfile' }
  | { readonly type: 'process.exit' };
