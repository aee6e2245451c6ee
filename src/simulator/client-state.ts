import type { ContactListState } from './contact-list';
import type { MailProfile } from './outlook-integration';
import type { Assumptions } from './assumptions';
import { defaultAdminSettings, type AdminSettings, type ConnectionSettings } from './administration';
import type { CredentialEntry, LoadedSettings } from './client-settings';
import type { Phase, PhaseMove } from './phase-table';
import type { RegisterRequest } from './network-messages';
import type { Secret } from './secret';
import type { DirectoryState } from './address-book';
import { initialPresence, type PresenceState } from './presence/presence-types';
import { initialHistory, type ConversationHistoryState, type ConversationState } from './conversation';

/** Where a sign-in attempt is: each stage waits for one answer from the network or the user. */
export interface SignInAttempt {
  readonly stage: 'discover' | 'trust' | 'authenticate' | 'register';
  readonly requestId: number;
  /** True when no one clicked Sign In: a start with saved credentials, a retry or a reconnect. */
  readonly automatic: boolean;
  readonly usedSavedCredentials: boolean;
  readonly pool: string | null;
  /** Which of the servers to try (FS-10: manual configuration tries the internal name, then the external one). */
  readonly server?: number;
  /** FS-16: the registration last sent, kept to send it again over HTTP when TLS gets no answer. */
  readonly registration?: RegisterRequest;
  /** AS-11: the identity provider was asked to take the Windows credentials of the domain account, not a password. */
  readonly windowsCredentials?: boolean;
}

interface OptionsDialog {
  readonly kind: 'options';
  readonly autoStart: boolean;
  readonly showInForeground: boolean;
  /** Options > Status, as typed (NR-12). */
  readonly inactiveMinutes: string;
  readonly awayMinutes: string;
  /** General page (AS-12). */
  readonly minimizeToNotificationArea: boolean;
  readonly reopenConversations: boolean;
  /** Personal page: "Save IM conversations in my email Conversation History folder" (kept by the service). */
  readonly saveConversations: boolean;
}

export type Dialog =
  | OptionsDialog
  | { readonly kind: 'confirmDelete' }
  | { readonly kind: 'trustServer'; readonly fqdn: string; readonly alwaysTrust: boolean }
  /**
   * The password prompt. For a sign-in it also has the User name box (FS-05, TE-07, S7): the Office 365 user ID, filled
   * with the one Lync last presented, which the user can replace (a UPN apart from the sign-in address, or DOMAIN\user).
   */
  | {
      readonly kind: 'credentials';
      readonly password: Secret | null;
      readonly purpose: 'sign-in' | 'exchange';
      readonly userName?: string;
      /** The Exchange prompt's own "Save my password" (absent on the sign-in prompt). */
      readonly savePassword?: boolean;
    }
  /** `options`: the Options dialog it was opened from, which it goes back to. */
  | ({ readonly kind: 'connectionSettings'; readonly options: OptionsDialog } & ConnectionSettings)
  | { readonly kind: 'configurationInformation' };

export interface ShownMessage {
  readonly text: string;
  readonly title: string | null;
}

/** Fixed for the life of one client process. */
export interface ClientConfig {
  readonly assumptions: Assumptions;
  readonly phaseTable: readonly PhaseMove[];
  readonly version: string;
}

export interface ClientState {
  readonly config: ClientConfig;
  readonly phase: Phase;
  readonly fromRunKey: boolean;
  readonly settings: LoadedSettings | null;
  /** Policies, connection settings and logging, as read at start (AS-07..AS-11, FS-14). */
  readonly admin: AdminSettings;
  /** The sign-in screen's fields. */
  readonly address: string;
  readonly password: Secret | null;
  /**
   * FS-05: the user name (Office 365 user ID) typed in the credential dialog's User name box, when it is not the sign-in
   * address; absent or null: the one saved for the address, else the address itself.
   */
  readonly userName?: string | null;
  readonly passwordBox: boolean;
  readonly savePassword: boolean;
  /** The credential cache entry for `address`, as last read or written. */
  readonly saved: CredentialEntry | null;
  /** The certificate of this process's session, kept in memory to reconnect. */
  readonly certificate: Secret | null;
  /** Minimized (AS-12): down to the taskbar, or to the notification area alone. */
  readonly mainWindow: 'shown' | 'hidden' | 'minimized';
  readonly dialog: Dialog | null;
  readonly message: ShownMessage | null;
  readonly attempt: SignInAttempt | null;
  readonly session: { readonly id: string; readonly endpoint: string } | null;
  /** The calendar connection to Exchange made after sign-in, and how often it asked for a password (FS-06). */
  readonly exchange: ExchangeConnection;
  /** NR-16: whether the registrar saw this session come from the organization's network (null before sign-in). */
  readonly signedInFromIntranet?: boolean | null;
  readonly nextRequestId: number;
  /** FS-15: the Address Book Web Query service and the search box (absent before the first sign-in). */
  readonly directory?: DirectoryState | null;
  /** Presence: the user's choice, idle time, the lock, what was published, the contacts' presence. */
  readonly presence: PresenceState;
  /** KB 2435699: the contact list and its cache file (absent before the first sign-in). */
  readonly contacts?: ContactListState | null;
  /** KB 2436962: the default Outlook profile read at the last sign-in (null: none, or no Outlook 2013; absent before). */
  readonly outlook?: MailProfile | null;
  /** The IM conversation open in its window (absent or null: none). */
  readonly conversation?: ConversationState | null;
  /** KB 2787614: the Conversation History option and the conversations on their way to the mailbox. */
  readonly history: ConversationHistoryState;
}

/** Why the Exchange connection is not up: turned down (the prompts ran out), cancelled, or no answer. */
export type ExchangeTrouble = 'turned down' | 'cancelled' | 'unreachable';

/** Lync's connection to Exchange (Autodiscover, then EWS) after sign-in (FS-06, TE-22). */
export interface ExchangeConnection {
  readonly requestId: number | null;
  readonly prompts: number;
  readonly ready?: boolean;
  /** Autodiscover answered, so Lync knows the EWS URLs (Configuration Information shows them). */
  readonly discovered?: boolean;
  readonly trouble?: ExchangeTrouble | null;
  /** A password typed in the Exchange prompt with "Save my password" ticked, saved once Exchange accepts it. */
  readonly toSave?: Secret | null;
}

export function initialState(config: ClientConfig): ClientState {
  return {
    config,
    phase: 'starting',
    fromRunKey: false,
    settings: null,
    admin: defaultAdminSettings,
    address: '',
    password: null,
    passwordBox: false,
    savePassword: config.assumptions.savePasswordCheckedByDefault,
    saved: null,
    certificate: null,
    mainWindow: 'hidden',
    dialog: null,
    message: null,
    attempt: null,
    session: null,
    exchange: { requestId: null, prompts: 0 },
    nextRequestId: 1,
    presence: initialPresence,
    history: initialHistory,
  };
}
