import type { Change, NetworkPlace } from './ticket';

/**
 * What a support desk can learn about a cause without a log: what usually changed just before it starts, and on
 * which networks it shows. Data, read by the search as boosts and by the questions as answers. A cause missing
 * here (a new one in src/symptoms/causes/) has no trigger: its answer to "what changed" is unknown, never wrong.
 */
export interface CauseTraits {
  readonly changed?: readonly Change[];
  readonly networks?: readonly NetworkPlace[];
}

export const causeTraits: Readonly<Record<string, CauseTraits>> = {
  unlicensed: { changed: ['account'] },
  'not-enabled': { changed: ['account'] },
  'not-enabled-on-premises': { changed: ['account'] },
  'password-expired': { changed: ['password'] },
  'password-changed': { changed: ['password'] },
  'certificate-outlives-expired-password': { changed: ['password', 'nothing'] },
  'wrong-password': { changed: ['password', 'nothing'] },
  'address-renamed': { changed: ['account'] },
  'apostrophe-in-address': { changed: ['account'] },
  'disjoint-sip-upn': { changed: ['account', 'new-computer'] },
  'exchange-prompts': { changed: ['nothing', 'update'] },
  'exchange-prompt-cancelled': { changed: ['nothing', 'password'] },
  'exchange-unreachable': { changed: ['nothing'] },
  'sign-in-assistant-stopped': { changed: ['update', 'new-computer'] },
  'sign-in-assistant-disabled': { changed: ['update', 'policy', 'new-computer'] },
  'sign-in-assistant-missing': { changed: ['update', 'new-computer'] },
  'sign-in-assistant-out-of-date': { changed: ['update', 'new-computer'] },
  'retired-front-end': { changed: ['nothing'] },
  'contact-cache-damaged': { changed: ['nothing'] },
  'outlook-default-profile-other-address': { changed: ['account', 'new-computer'] },
  'unsupported-version': { changed: ['update', 'new-computer'] },
  'clock-off': { changed: ['sleep', 'new-computer'] },
  'missing-root-certificate': { changed: ['new-computer', 'update'] },
  'damaged-certificate': { changed: ['nothing', 'sleep'] },
  'machine-guid-braces': { changed: ['new-computer'] },
  'rsa-folder-locked': { changed: ['password'] },
  'time-zone-wrong-clock-adjusted': { changed: ['new-computer', 'sleep'] },
  'lync-not-responding': { changed: ['nothing'] },
  'dns-records-missing': { changed: ['dns'] },
  'dns-record-missing': { changed: ['dns'] },
  'dns-propagating': { changed: ['dns'] },
  'dns-client-cache': { changed: ['dns'] },
  'servers-not-answering': { changed: ['nothing'], networks: ['office'] },
  outage: { changed: ['nothing'] },
  'identity-provider-down': { changed: ['nothing'] },
  'web-services-elsewhere': { changed: ['dns'] },
  'slow-answers': { changed: ['nothing', 'network'] },
  'firewall-blocks': { changed: ['network'], networks: ['office'] },
  'file-pac': { changed: ['network', 'policy'], networks: ['office'] },
  'msoidsvc-bypasses-tmg': { changed: ['network'], networks: ['office'] },
  'named-proxy-handed-to-sign-in-assistant': { changed: ['network', 'update'], networks: ['office'] },
  'sip-proxy-handed-to-sign-in-assistant': { changed: ['network', 'update'], networks: ['office'] },
  'proxy-refuses-identity-provider': { changed: ['network'], networks: ['office'] },
  'proxy-requires-authentication': { changed: ['network'], networks: ['office'] },
  'http-proxy-control-flags-computer': { changed: ['policy'], networks: ['office'] },
  'http-proxy-control-flags-user': { changed: ['policy'], networks: ['office'] },
  'sip-tls-blocked': { changed: ['network'], networks: ['office', 'public'] },
  offline: { changed: ['network', 'sleep'], networks: ['home', 'public'] },
  'network-drop': { changed: ['network', 'sleep'], networks: ['vpn', 'public', 'home'] },
  'auto-retry-off': { changed: ['policy', 'sleep'] },
  'idle-replaces-choice': { changed: ['nothing', 'policy'] },
  'closed-lync-leaves-taskbar': { changed: ['policy'] },
  'no-auto-sign-in-after-sign-out': { changed: ['nothing'] },
  'address-cleared-by-delete': { changed: ['nothing'] },
  'lync-prevented': { changed: ['policy'] },
  'password-storage-disabled': { changed: ['policy'] },
  'require-logon-credentials': { changed: ['policy'] },
  'windows-credentials': { changed: ['nothing'] },
  'domain-logon': { changed: ['nothing'] },
  'address-book-service-blocked': { changed: ['network'], networks: ['office'] },
};
