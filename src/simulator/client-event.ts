import type { CredentialEntry, LoadedSettings } from './client-settings';
import type { NetResponse } from './network-messages';
import type { Secret } from './secret';
import type { IconPlace, WindowId } from './client-view';
import type { AdminSettings } from './administration';
import type { Availability } from './presence/presence-types';
import type { MailProfile } from './outlook-integration';

/** What the Windows user does to the client's windows and icons. */
export type UserEvent =
  | { readonly type: 'user.click'; readonly window: WindowId; readonly control: string }
  | { readonly type: 'user.type'; readonly window: WindowId; readonly field: string; readonly text: string | Secret }
  | { readonly type: 'user.toggle'; readonly window: WindowId; readonly control: string; readonly on: boolean }
  /** `menu` names the menu button (absent: the Options button); the presence menu is `Presence`. */
  | { readonly type: 'user.menu'; readonly window: WindowId; readonly path: readonly string[]; readonly menu?: string }
  | { readonly type: 'user.closeWindow'; readonly window: WindowId }
  | { readonly type: 'user.iconClick'; readonly place: IconPlace }
  /** `ctrl`: CTRL was held during the right-click (SO-09). */
  | { readonly type: 'user.iconMenu'; readonly place: IconPlace; readonly item: string; readonly ctrl?: boolean };

/** What the operating system tells the process. */
export type OsEvent =
  | { readonly type: 'os.started'; readonly fromRunKey: boolean }
  | { readonly type: 'os.loggingOff' }
  /** The Windows user locked or unlocked the session; Lync stays signed in either way. */
  | { readonly type: 'os.sessionLocked'; readonly locked: boolean }
  | { readonly type: 'os.networkChanged'; readonly online: boolean }
  /** Keyboard or mouse input anywhere in the Windows session (NR-12). */
  | { readonly type: 'os.userInput' };

/** Answers to the client's own effects, and pushes from the service. */
export type PortEvent =
  | { readonly type: 'settings.loaded'; readonly settings: LoadedSettings; readonly admin?: AdminSettings }
  | { readonly type: 'credentials.loaded'; readonly entry: CredentialEntry | null }
  /** The answer to `contacts.readCache`: whether CoreContact.cache is damaged (an absent file is not). */
  | { readonly type: 'contacts.cacheLoaded'; readonly damaged: boolean }
  /** The answer to `outlook.readDefaultProfile`: the default profile, or null (no Outlook 2013, or no default profile). */
  | { readonly type: 'outlook.profileLoaded'; readonly profile: MailProfile | null }
  | { readonly type: 'net.response'; readonly requestId: number; readonly response: NetResponse }
  | { readonly type: 'timer.fired'; readonly name: string }
  | { readonly type: 'service.message'; readonly from: string; readonly text: string }
  | { readonly type: 'service.connectionLost' }
  /** A contact's presence, as the service sees it (at sign-in, then at every change). */
  | { readonly type: 'service.presence'; readonly address: string; readonly availability: Availability }
  /**
   * The service could not deliver this user's instant message: `offline`, the recipient has no signed-in endpoint;
   * `not federated`, the recipient is in another organization and federation refused it (external communications off
   * or the domain blocked on either side, a missing federation SRV record, no such user there).
   */
  | { readonly type: 'service.notDelivered'; readonly to: string; readonly reason: NotDeliveredReason };

/** Why the service could not deliver an instant message (`service.notDelivered`). */
export type NotDeliveredReason = 'offline' | 'not federated';

/** SO-12 / SO-13: an application using the Lync SDK, in the same Windows session, calls BeginSignOut on the client. */
export type SdkEvent = { readonly type: 'sdk.signOut' };

export type ClientEvent = UserEvent | OsEvent | PortEvent | SdkEvent;
