import type { PresenceChoice } from './presence/presence-types';

/**
 * Every behaviour the catalog leaves Unknown, or gives more than one outcome for, is decided here,
 * once, as a named assumption with a default. Scenarios that depend on one are tagged `@assumption`
 * (and `@assumption:<name>`), and the report shows them as relying on an assumption.
 * To try an alternative, build the world with an override: `{ assumptions: { savePasswordCheckedByDefault: false } }`.
 */
export interface Assumptions {
  /** AS-05: "Automatically start Lync when I log on to Windows" after installation. Alternative: off. */
  readonly autoStartByDefault: boolean;
  /** AS-05 (Unknown): "Show Lync in the foreground when it starts" after installation. Alternative: off. */
  readonly showInForegroundByDefault: boolean;
  /** FS-07 (no Microsoft text): is "Save my password" ticked when the password box first appears? Alternative: not ticked. */
  readonly savePasswordCheckedByDefault: boolean;
  /** SO-11 (Unknown): does the autostart at the next logon sign in after the user signed out by hand? Alternative: stay on the sign-in screen. */
  readonly autoSignInAfterManualSignOut: boolean;
  /** DC-03/S1: Delete removes the cache entry; does the sign-in address box stay filled from the installer's setting? Alternative: empty box. */
  readonly addressKeptAfterDelete: boolean;
  /** SO-02: after Close, does a Lync button stay in the taskbar as well as the notification area? Alternative: notification area only. */
  readonly taskbarButtonWhenClosed: boolean;
  /** FS-13 vs TE-07: on a wrong password, show the credential dialog, the message, or both. */
  readonly wrongPasswordOutcome: 'credential dialog' | 'message' | 'both';
  /** NR-01/TE-23: how often the client retries while sign-in is delayed (documented: every 30 s). */
  readonly signInRetrySeconds: number;
  /** NR-04 (default Unknown): does a delayed sign-in retry by itself? Alternative: give up and show the sign-in screen. */
  readonly signInAutoRetry: boolean;
  /** TE-23 (text not confirmed): the line the sign-in screen shows while sign-in is delayed by the network. */
  readonly networkDelayMessage: string;
  /**
   * TE-13 (Unknown for Lync Online): does the service still take a saved certificate issued before the password
   * expired? KB 2630976 says access is limited at once when the password expires, so default: refused until the
   * password is changed. Alternative (S31, on premises, third-party): the certificate signs in without the password
   * being checked, until the password is changed.
   */
  readonly certificateRefusedAfterPasswordExpiry: boolean;
  /** DC-10 (text Unknown): the message when the cached endpoint no longer answers. */
  readonly staleEndpointMessage: string;
  /**
   * Presence states without a catalog source: the choices of the presence menu. The catalog sources only Available,
   * Inactive and Away (NR-12, NR-13), Offline (NR-14) and Presence Unknown (NR-07). Default: the Lync 2013 menu as
   * third-party help pages show it. Alternative: a shorter menu (e.g. without Off Work, as in Lync 2010).
   */
  readonly presenceChoices: readonly PresenceChoice[];
  /**
   * NR-12/NR-13 say what idle time and locking do, not whether they override a choice made by hand. Default: a choice
   * other than Available holds through idle time and the lock. Alternative: idle time and the lock replace any choice.
   */
  readonly manualPresenceHoldsWhenIdle: boolean;
  /**
   * NR-07 is about the user's own contact list. What colleagues see of a user whose client lost its connection is
   * Unknown. Default: Offline, once the service notices. Alternatives: Away, Presence Unknown.
   */
  readonly disconnectedSeenAs: 'Offline' | 'Away' | 'Presence Unknown';
  /**
   * An instant message to someone with no signed-in endpoint: no catalog source. Default: the service refuses it and
   * the sender is told. Alternatives: it is held and delivered at the next sign-in; it is lost silently.
   */
  readonly messageToOffline: 'sender is told' | 'held until sign-in' | 'lost';
  /**
   * KB 2537764: after a user's sign-in address changes, external contacts (other organizations) still holding the old
   * address see it "as either Presence Unknown or Offline" until they add the new one. The service cannot tell an old
   * address from any other it has no user for, so this is what another organization's people see of any address
   * that names no Lync Online user. Default: Presence Unknown, as for a contact with no licence (KB 2435699).
   * Alternative: Offline.
   */
  readonly oldAddressSeenAs: 'Presence Unknown' | 'Offline';
  /**
   * The same account signed in on two computers: how the service combines the two endpoints. Default: a choice made by
   * hand on either endpoint wins, otherwise the most active endpoint. Alternative: the latest publication wins.
   */
  readonly presenceAcrossEndpoints: 'choice wins, else most active' | 'latest wins';
  /**
   * FS-16 vs the catalog's D12: S24 says Lync tries TLS first and falls back to HTTP (unless DisableHttpConnect); S22
   * says Lync 2013 supports TLS only. Default: the fallback, as S24 says. Alternative: no fallback (TLS only).
   */
  readonly httpFallback: boolean;
  /**
   * AS-11 (Unknown): what Lync shows when the identity provider turns the Windows credentials down (the domain does not
   * sign in through AD FS, or the account is another one). Default: the password box, with no message, as when there
   * is no password. Alternative: the password box and the wrong-password message.
   */
  readonly windowsCredentialsTurnedDown: 'password box' | 'password box and message';
  /**
   * FS-15 (Unknown): what the search box shows when the Address Book Web Query service finds no one for the words typed.
   * No source quotes it (KB 2435699 gives only the messages for a service that cannot be reached). Default: one line
   * saying nothing was found. Alternative: any other wording, or an empty line.
   */
  readonly noSearchResultsText: string;
  /**
   * SO-12 (Unknown): the state SDK applications see while Lync reconnects by itself after a drop. S22 calls the
   * SignInDelayed event part of "the SignIn/auto-recover process", so default: SigningIn, as during a sign-in.
   * Alternative: SignedOut until the connection is back.
   */
  readonly sdkStateWhileReconnecting: 'SigningIn' | 'SignedOut';
  /**
   * KB 2787614 ("Conversation history, contact cards, Free/Busy, and Out of Office information are unavailable") says Lync retries an Exchange
   * server it cannot reach until the connection is restored, not how often. Default: every 5 minutes (Unknown).
   * Alternative: any other interval.
   */
  readonly exchangeRetrySeconds: number;
  /**
   * The same article lists four messages without saying which cause brings which. Default: a server that does not
   * answer brings "Lync is experiencing connection issues with the Exchange server..." (it says Lync repairs the
   * connection until it is restored, which is what Lync does then). Alternative: the other message.
   */
  readonly exchangeUnreachableMessage: string;
  /**
   * Default: credentials turned down (the prompts ran out) or a Cancel bring "Lync cannot connect to the Exchange
   * server...", the message the article gives beside the credential causes. Alternative: the other message.
   */
  readonly exchangeTurnedDownMessage: string;
  /**
   * KB 2436962 quotes the message a default Outlook profile for another address brings, in Lync 2010's words ("...the
   * sign-in address used in Lync 2010..."), and says Lync 2013 users get it too; no source gives Lync 2013's own text.
   * Default: the article's text as quoted. Alternative: the same text with "Lync" in place of "Lync 2010".
   */
  readonly outlookProfileMismatchMessage: string;
  /**
   * KB 2787614 says conversation history is not saved while Lync cannot connect to Exchange; its message for a server
   * that does not answer says history "might be unavailable or out of date until the connection is restored". No
   * source says what becomes of a conversation that ended meanwhile. Default: the running Lync holds it and saves it once
   * Exchange answers again (Skype for Business keeps items it could not process in a "History Spooler" folder under the
   * user's sip_ folder). Alternative: it is never saved.
   */
  readonly conversationsWhileExchangeDown: 'saved when Exchange answers' | 'never saved';
  /**
   * When Lync 2013 writes an IM conversation to the Conversation History folder: no source for Lync 2013 says. Default:
   * when its window is closed (Office Communicator 2007 R2's help: a conversation ends when its window is closed, and
   * one item is stored per conversation). Alternative: after each message, the whole conversation so far as a new item
   * (what a Skype for Business clean-up script describes: each saved version holds every earlier message).
   */
  readonly conversationSavedWhen: 'window closed' | 'each message';
}

export const defaultAssumptions: Assumptions = {
  autoStartByDefault: true,
  showInForegroundByDefault: true,
  savePasswordCheckedByDefault: true,
  autoSignInAfterManualSignOut: true,
  addressKeptAfterDelete: true,
  taskbarButtonWhenClosed: true,
  wrongPasswordOutcome: 'both',
  signInRetrySeconds: 30,
  signInAutoRetry: true,
  networkDelayMessage: 'This operation failed because the network is unavailable at this time. Please try again later.',
  certificateRefusedAfterPasswordExpiry: true,
  staleEndpointMessage:
    "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team.",
  presenceChoices: ['Available', 'Busy', 'Do Not Disturb', 'Be Right Back', 'Off Work', 'Appear Away'],
  manualPresenceHoldsWhenIdle: true,
  disconnectedSeenAs: 'Offline',
  messageToOffline: 'sender is told',
  oldAddressSeenAs: 'Presence Unknown',
  presenceAcrossEndpoints: 'choice wins, else most active',
  httpFallback: true,
  windowsCredentialsTurnedDown: 'password box',
  noSearchResultsText: 'No results found.',
  sdkStateWhileReconnecting: 'SigningIn',
  exchangeRetrySeconds: 300,
  exchangeUnreachableMessage:
    'Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored.',
  exchangeTurnedDownMessage:
    'Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable.',
  outlookProfileMismatchMessage:
    'There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync.',
  conversationsWhileExchangeDown: 'saved when Exchange answers',
  conversationSavedWhen: 'window closed',
};

export type AssumptionName = keyof Assumptions;
