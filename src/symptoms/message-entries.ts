import type { Availability } from '../simulator';
import { said, type StepPattern } from './step-pattern';
import type { MessageKind } from './symptom-types';

/**
 * What the index says about each message the simulator shows, by its key there. The texts themselves stay in
 * src/simulator; sources are recorded here and nowhere else. A message added to the simulator without an entry
 * here fails `symptom-index.test.ts`, which names the key to add.
 */
export interface MessageEntry {
  readonly kind: MessageKind;
  /** Catalog source IDs quoting the simulator's wording, the article it is taken from first. */
  readonly sources: readonly string[];
  /** Other wordings of the same message, with the article that gives each. */
  readonly wordings?: readonly { readonly source: string; readonly text: string; readonly note?: string }[];
  /** Cause IDs (causes.ts), most likely first. */
  readonly causes: readonly string[];
}

export const messageEntries: Readonly<Record<string, MessageEntry>> = {
  'clientMessages.serverUnavailable': {
    kind: 'error',
    sources: ['S7'],
    wordings: [
      {
        source: 'S14',
        text: 'Cannot sign in because the server is temporarily unavailable. If the problem continues, please contact your support team.',
      },
      { source: 'S8', text: 'Server is temporarily unavailable' },
    ],
    causes: ['servers-not-answering', 'firewall-blocks', 'sip-tls-blocked', 'retired-front-end', 'outage', 'manual-server-not-found'],
  },
  'clientMessages.noServerForDomain': {
    kind: 'error',
    sources: ['S7', 'S14'],
    wordings: [
      {
        source: 'S14',
        text: "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain. Please contact your support team.",
      },
    ],
    causes: ['dns-records-missing', 'dns-record-missing', 'dns-propagating', 'dns-client-cache'],
  },
  'clientMessages.incompatibleVersion': {
    kind: 'error',
    sources: ['S7'],
    wordings: [
      {
        source: 'S10',
        text: 'Cannot sign in to Lync. You may have entered your sign-in address, user name, or password incorrectly, or the authentication service may be incompatible with this version of the program...',
        note: 'older revision, Lync 2010, after an outage',
      },
    ],
    causes: ['unsupported-version'],
  },
  'clientMessages.clockTitle': { kind: 'title', sources: ['S13', 'S7'], causes: [] },
  'clientMessages.clockWrong': {
    kind: 'error',
    sources: ['S13', 'S7'],
    wordings: [
      {
        source: 'S13',
        text: 'The user name, password, or domain appears to be incorrect. Ensure that you entered them correctly. If the problem continues, please contact your support team.',
        note: 'Lync 2010, same cause',
      },
    ],
    causes: ['clock-off', 'time-zone-wrong-clock-adjusted'],
  },
  'clientMessages.personalCertificate': {
    kind: 'error',
    sources: ['S7', 'S10'],
    causes: ['damaged-certificate', 'address-renamed', 'machine-guid-braces', 'rsa-folder-locked'],
  },
  'clientMessages.addressNotFound': {
    kind: 'error',
    sources: ['S12'],
    wordings: [{ source: 'S7', text: 'Sign-in address was not found.' }],
    causes: ['unlicensed', 'not-enabled', 'not-enabled-on-premises', 'file-pac', 'msoidsvc-bypasses-tmg'],
  },
  'clientMessages.badCredentials': {
    kind: 'error',
    sources: ['S7'],
    wordings: [
      {
        source: 'S13',
        text: 'The user name, password, or domain appears to be incorrect. Ensure that you entered them correctly. If the problem continues, please contact your support team.',
        note: 'Lync 2010',
      },
    ],
    causes: ['wrong-password', 'password-changed', 'apostrophe-in-address', 'password-expired'],
  },
  'clientMessages.identityUnreachable': { kind: 'warning', sources: ['S7'], causes: ['identity-provider-down'] },
  'clientMessages.certificateRetry': { kind: 'warning', sources: ['S7'], causes: ['missing-root-certificate'] },
  'clientMessages.certificateAfterOutage': { kind: 'error', sources: ['S10'], causes: ['outage'] },
  'clientMessages.trustPrompt': {
    kind: 'prompt',
    sources: ['S16', 'S8'],
    wordings: [{ source: 'S16', text: 'Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?' }],
    causes: ['web-services-elsewhere'],
  },
  'clientMessages.confirmDelete': { kind: 'prompt', sources: ['signin-sim'], causes: ['delete-asked'] },
  'clientMessages.signingIn': { kind: 'status', sources: ['signin-sim'], causes: ['slow-answers'] },
  'clientMessages.credentialPrompt': { kind: 'prompt', sources: ['signin-sim'], causes: ['wrong-password'] },
  'clientMessages.exchangePrompt': { kind: 'prompt', sources: ['signin-sim', 'S35'], causes: ['exchange-prompts'] },
  'clientMessages.connectionLost': { kind: 'warning', sources: ['signin-sim', 'S22'], causes: ['network-drop', 'outage'] },
  'clientMessages.addressBookUnreachable': { kind: 'error', sources: ['KB2435699'], causes: ['address-book-service-blocked'] },
  'clientMessages.notDelivered': { kind: 'status', sources: ['signin-sim'], causes: ['recipient-not-signed-in'] },
  'clientMessages.notFederated': {
    kind: 'error',
    sources: ['SA-external-contacts'],
    causes: ['federation-record-missing', 'dns-record-missing', 'external-access-off', 'domain-blocked', 'domain-not-allowed'],
  },
  'assumptions.networkDelayMessage': { kind: 'warning', sources: ['S29', 'S20'], causes: ['offline', 'auto-retry-off'] },
  'assumptions.staleEndpointMessage': { kind: 'error', sources: ['S7'], causes: ['retired-front-end'] },
  'assumptions.exchangeUnreachableMessage': { kind: 'warning', sources: ['SA-exchange'], causes: ['exchange-unreachable'] },
  'assumptions.outlookProfileMismatchMessage': {
    kind: 'error',
    sources: ['KB 2436962'],
    causes: ['outlook-default-profile-other-address'],
  },
  'assumptions.exchangeTurnedDownMessage': {
    kind: 'warning',
    sources: ['SA-exchange'],
    causes: ['exchange-prompts', 'exchange-prompt-cancelled'],
  },
};

/** A symptom without a message, in the words a customer uses. */
export interface SilentEntry {
  readonly id: string;
  readonly text: string;
  /** Cause IDs (causes.ts), most likely first. */
  readonly causes: readonly string[];
  /** The presence this symptom is about, as colleagues or the contact list show it (src/simulator's availabilities). */
  readonly outcome?: Availability;
  /**
   * The steps that show the symptom: a scenario reproduces a cause of this symptom only when it also has one of
   * them (left out: any scenario that sets the cause up).
   */
  readonly shownBy?: readonly StepPattern[];
}

/** A colleague (or the person's own Lync, for a contact) sees someone as this presence. */
const seenAs = (presence: Availability): StepPattern[] => [
  said('presence.colleague-sees-as', null, null, presence),
  said('presence.sees-as', null, null, presence),
];
const contactShownAs = (presence: Availability): StepPattern[] => [said('presence.lync-shows-as', null, null, null, presence)];

/** Symptoms without a message, in the words a customer uses. */
export const silentSymptoms: readonly SilentEntry[] = [
  {
    id: 'keeps-asking-for-a-password',
    text: 'Lync keeps asking for a password',
    causes: ['exchange-prompts', 'wrong-password', 'password-expired', 'password-storage-disabled', 'require-logon-credentials'],
  },
  {
    id: 'signs-in-without-a-password',
    text: 'Lync signs in without asking for a password',
    causes: ['windows-credentials', 'domain-logon', 'certificate-outlives-expired-password'],
  },
  { id: 'signs-in-then-drops', text: 'Lync signs in, then drops the connection', causes: ['network-drop', 'outage'] },
  {
    id: 'nothing-happens',
    text: 'Nothing happens: Lync stays on the signing-in screen, or does not start',
    causes: ['slow-answers', 'lync-prevented'],
  },
  { id: 'slow', text: 'Signing in is slow', causes: ['slow-answers'] },
  {
    id: 'ended-at-log-off',
    text: 'Windows has to end Lync at log-off because it is not responding',
    causes: ['lync-not-responding'],
  },
  {
    id: 'no-taskbar-button',
    text: 'Lync is not in the taskbar any more, although it is still running',
    causes: ['closed-lync-leaves-taskbar'],
  },
  {
    id: 'no-automatic-sign-in',
    text: 'Lync did not sign me in by itself when I logged on to Windows',
    causes: ['no-auto-sign-in-after-sign-out'],
  },
  {
    id: 'address-box-empty',
    text: 'The sign-in address box is empty',
    causes: ['address-cleared-by-delete'],
  },
  {
    id: 'presence-choice-not-kept',
    text: 'Colleagues see me as Inactive or Away although I chose my presence myself',
    causes: ['idle-replaces-choice'],
  },
  {
    id: 'seen-as-away',
    text: 'Colleagues see me as Away although I am at my computer (idle minutes set low, Appear Away left on another computer)',
    causes: ['idle-or-locked', 'choice-on-other-computer', 'idle-replaces-choice'],
    outcome: 'Away',
    shownBy: seenAs('Away'),
  },
  {
    id: 'seen-as-inactive',
    text: 'Colleagues see me as Inactive (yellow) after a few minutes',
    causes: ['idle-or-locked', 'idle-replaces-choice'],
    outcome: 'Inactive',
    shownBy: seenAs('Inactive'),
  },
  {
    id: 'seen-as-offline',
    text: 'Colleagues see me as Offline',
    causes: ['signed-out-or-exited', 'network-drop'],
    outcome: 'Offline',
    shownBy: seenAs('Offline'),
  },
  {
    id: 'seen-as-busy',
    text: 'Colleagues see me as Busy (or another presence) that I did not choose on this computer',
    causes: ['choice-on-other-computer'],
    outcome: 'Busy',
    shownBy: seenAs('Busy'),
  },
  {
    id: 'contacts-presence-unknown',
    text: 'My contacts show as Presence Unknown and I cannot change my presence',
    causes: ['network-drop'],
    outcome: 'Presence Unknown',
    shownBy: contactShownAs('Presence Unknown'),
  },
  {
    id: 'contact-presence-unknown',
    text: 'One contact always shows as Presence Unknown in my contact list',
    causes: ['unlicensed'],
    outcome: 'Presence Unknown',
    shownBy: contactShownAs('Presence Unknown'),
  },
  {
    id: 'all-external-contacts-presence-unknown',
    text: 'Every external contact (people in other companies) shows as Presence Unknown, and no message to them is delivered',
    causes: ['external-access-off', 'federation-record-missing', 'dns-record-missing'],
    outcome: 'Presence Unknown',
    shownBy: contactShownAs('Presence Unknown'),
  },
  {
    id: 'one-domain-presence-unknown',
    text: 'The people of one other company (one domain) show as Presence Unknown, while other external contacts work',
    causes: ['domain-blocked', 'domain-not-allowed', 'federation-record-missing'],
    outcome: 'Presence Unknown',
    shownBy: contactShownAs('Presence Unknown'),
  },
  {
    id: 'old-address-unknown-to-external-contacts',
    text: 'Since my sign-in address changed, contacts in another company see me as Presence Unknown or Offline',
    causes: ['old-address-at-external-contacts'],
    outcome: 'Presence Unknown',
    shownBy: [said('federation.lync-shows-contact-address-as', null, null, null, 'Presence Unknown')],
  },
  {
    id: 'contacts-offline',
    text: 'A contact shows as Offline in my contact list',
    causes: ['contact-not-signed-in'],
    outcome: 'Offline',
    shownBy: contactShownAs('Offline'),
  },
  {
    id: 'contact-list-not-mine',
    text: "My contact list is empty or shows someone else's contacts",
    causes: ['another-person-signed-in'],
    shownBy: [said('presence.lync-lists-contacts')],
  },
  {
    id: 'contacts-lost-or-missing',
    text: 'My contacts are lost or missing from my contact list (the list is not updated)',
    causes: ['contact-cache-damaged'],
    shownBy: [said('presence.lync-lists-contacts')],
  },
  {
    id: 'conversations-not-in-outlook',
    text: "My Lync conversations don't show up in Outlook's Conversation History",
    causes: ['conversation-option-off', 'mailbox-full'],
    shownBy: [said('conversation.history-holds', null, 0)],
  },
  {
    id: 'does-not-start',
    text: 'Lync does not start at all',
    causes: ['lync-prevented'],
  },
];
