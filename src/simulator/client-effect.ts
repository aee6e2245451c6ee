import type { ClientSettings, CredentialEntry } from './client-settings';
import type { NetRequest } from './network-messages';

/** What the client asks its platform to do. The pure client only returns these; a runtime performs them through ports. */
export type ClientEffect =
  | { readonly type: 'settings.read' }
  | { readonly type: 'settings.write'; readonly patch: Partial<ClientSettings> }
  | { readonly type: 'runEntry.set'; readonly enabled: boolean }
  | { readonly type: 'credentials.read'; readonly address: string }
  | { readonly type: 'credentials.write'; readonly entry: CredentialEntry }
  | { readonly type: 'credentials.delete'; readonly address: string }
  | { readonly type: 'net.request'; readonly requestId: number; readonly request: NetRequest }
  | { readonly type: 'timer.set'; readonly name: string; readonly ms: number }
  | { readonly type: 'timer.clear'; readonly name: string }
  | { readonly type: 'desktop.alert'; readonly title: string; readonly text: string }
  | { readonly type: 'process.exit' };
