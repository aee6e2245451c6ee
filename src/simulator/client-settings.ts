import type { Secret } from './secret';

/** What the client keeps in the Windows user's registry on one computer (the installer writes the first copy). */
export interface ClientSettings {
  /** The sign-in address the installer pre-configured, or the last one used. */
  readonly signInAddress: string;
  /** "Show Lync in the foreground when it starts". */
  readonly showInForeground: boolean;
  /** Servers the user chose to always trust (FS-08, TE-10). */
  readonly trustedServers: readonly string[];
  /** Set when the user signed out by hand, cleared at the next sign-in (SO-11). */
  readonly signedOutByUser: boolean;
  /** Options > Status (NR-12): idle minutes before Inactive; absent means the default, 5. */
  readonly inactiveMinutes?: number;
  /** Options > Status (NR-12): minutes of Inactive before Away; absent means the default, 5. */
  readonly awayMinutes?: number;
  /** AS-12, General page: MinimizeWindowToNotificationArea; absent means off. */
  readonly minimizeToNotificationArea?: boolean;
  /** AS-12, General page: IsConversationStatePreservationEnabled; absent means off. */
  readonly reopenConversations?: boolean;
}

/** The settings plus what the OS says about this user: is Lync in the Run entries at logon (AS-04)? */
export interface LoadedSettings extends ClientSettings {
  readonly runAtLogon: boolean;
}

/** One entry of the credential cache of a Windows user on one computer, keyed by sign-in address (DC-01). */
export interface CredentialEntry {
  readonly address: string;
  readonly userName: string;
  readonly password: Secret | null;
  readonly certificate: Secret | null;
  /** The front-end endpoint the client last registered with (DC-10). */
  readonly endpoint: string | null;
}
