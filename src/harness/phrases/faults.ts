import * as fault from '../tasks/fault-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const faultsPhrases: readonly Phrase[] = [
  phrase('faults.lync-dns-records-domain-are-missing', 'Given', 'the Lync DNS records of the domain are missing', (stage: Stage) =>
    fault.removeDnsRecords(stage),
  ),
  phrase(
    'faults.lync-dns-records-domain-were-just-added',
    'Given',
    'the Lync DNS records of the domain were just added and are still propagating',
    (stage: Stage) => fault.dnsStillPropagating(stage),
  ),
  phrase(
    'faults.administrator-restores-lync-dns-records-domain',
    'When',
    'the administrator restores the Lync DNS records of the domain',
    (stage: Stage) => fault.restoreDnsRecords(stage),
  ),
  phrase('faults.lync-online-servers-are-not-answering', 'Given', 'the Lync Online servers are not answering', (stage: Stage) =>
    fault.serversAnswering(stage, false),
  ),
  phrase('faults.lync-online-servers-answer-again', 'When', 'the Lync Online servers answer again', (stage: Stage) =>
    fault.serversAnswering(stage, true),
  ),
  phrase('faults.identity-provider-cannot-be-reached', 'Given', 'the identity provider cannot be reached', (stage: Stage) =>
    fault.identityProvider(stage, false),
  ),
  phrase('faults.identity-provider-reachable-again', 'When', 'the identity provider is reachable again', (stage: Stage) =>
    fault.identityProvider(stage, true),
  ),
  phrase(
    'faults.lacks-root-certificate-identity-provider-certificate-chain',
    'Given',
    "{computer} lacks the root certificate of the identity provider's certificate chain",
    (stage: Stage, c: string) => fault.rootCertificate(stage, c, false),
  ),
  phrase(
    'faults.trusted-root-certificate-installed',
    'When',
    'the trusted root certificate is installed on {computer}',
    (stage: Stage, c: string) => fault.rootCertificate(stage, c, true),
  ),
  phrase(
    'faults.autodiscover-sends-lync-web-services',
    'Given',
    'Autodiscover sends Lync to web services at {string}',
    (stage: Stage, host: string) => fault.webServicesAt(stage, host),
  ),
  phrase('faults.lync-online-has-outage', 'When', 'Lync Online has an outage', (stage: Stage) => fault.outage(stage, true)),
  phrase('faults.lync-online-restored', 'When', 'Lync Online is restored', (stage: Stage) => fault.outage(stage, false)),
  phrase('faults.clock-minutes-fast', 'Given', 'the clock of {computer} is {int} minutes fast', (stage: Stage, c: string, m: number) =>
    fault.clockOffset(stage, c, m),
  ),
  phrase('faults.clock-minutes-slow', 'Given', 'the clock of {computer} is {int} minutes slow', (stage: Stage, c: string, m: number) =>
    fault.clockOffset(stage, c, -m),
  ),
  phrase('faults.clock-set-right', 'When', 'the clock of {computer} is set right', (stage: Stage, c: string) =>
    fault.clockOffset(stage, c, 0),
  ),
  phrase(
    'faults.autodiscover-sends-lync-web-services-lync-online',
    'When',
    'Autodiscover sends Lync to the web services of Lync Online',
    (stage: Stage) => fault.usualWebServices(stage),
  ),
  phrase('faults.sign-auto-retry-turned-lync', 'When', 'sign-in auto-retry is turned on in Lync', (stage: Stage) =>
    fault.autoRetry(stage, true),
  ),
  phrase('faults.sets-clock-right', 'When', '{person} sets the clock of {computer} right', (stage: Stage, _p: string, c: string) =>
    fault.clockOffset(stage, c, 0),
  ),
  phrase(
    'faults.account-not-licensed-lync-online',
    'Given',
    "{person}'s account is not licensed for Lync Online",
    (stage: Stage, p: string) => fault.licensed(stage, p, false),
  ),
  phrase(
    'faults.account-was-licensed-just-now-still-being',
    'Given',
    "{person}'s account was licensed just now and is still being provisioned",
    (stage: Stage, p: string) => fault.licensed(stage, p, true),
  ),
  phrase(
    'faults.administrator-licenses-lync-online',
    'When',
    'the administrator licenses {person} for Lync Online',
    (stage: Stage, p: string) => fault.licensed(stage, p, true),
  ),
  phrase('faults.account-not-enabled-lync', 'Given', "{person}'s account is not enabled for Lync", (stage: Stage, p: string) =>
    fault.enabled(stage, p, false),
  ),
  phrase('faults.administrator-enables-lync', 'When', 'the administrator enables {person} for Lync', (stage: Stage, p: string) =>
    fault.enabled(stage, p, true),
  ),
  phrase('faults.password-has-expired', 'Given', "{person}'s password has expired", (stage: Stage, p: string) =>
    fault.passwordExpired(stage, p),
  ),
  phrase(
    'faults.changes-password-office-365-portal',
    'When',
    '{person} changes her/his password on the Office 365 portal',
    (stage: Stage, p: string) => fault.changePassword(stage, p),
  ),
  phrase(
    'faults.changed-password-another-device',
    'Given',
    '{person} changed her/his password on another device',
    (stage: Stage, p: string) => fault.changePassword(stage, p),
  ),
  phrase('faults.support-desk-resets-password', 'When', "the support desk resets {person}'s password", (stage: Stage, p: string) =>
    fault.changePassword(stage, p),
  ),
  phrase(
    'faults.exchange-connection-will-ask-credentials-times',
    'Given',
    'the Exchange connection will ask {person} for credentials {int} times',
    (stage: Stage, p: string, n: number) => fault.exchangePrompts(stage, p, n),
  ),
  phrase(
    'faults.sign-address-was-changed',
    'Given',
    "{person}'s sign-in address was changed to {string}",
    (stage: Stage, p: string, address: string) => fault.renameAddress(stage, p, address),
  ),
  phrase(
    'faults.certificate-cached-damaged',
    'Given',
    'the certificate cached for {person} on {computer} is damaged',
    (stage: Stage, p: string, c: string) => fault.damagedCertificate(stage, p, c),
  ),
  phrase(
    'faults.front-end-cached-has-been-retired',
    'Given',
    'the front end cached for {person} on {computer} has been retired',
    (stage: Stage, p: string, c: string) => fault.retiredEndpoint(stage, p, c),
  ),
  phrase(
    'faults.lync-installed-version-service-no-longer-accepts',
    'Given',
    'the Lync installed for {person} on {computer} is a version the service no longer accepts',
    (stage: Stage, p: string, c: string) => fault.outdatedClient(stage, p, c),
  ),
  phrase(
    'faults.proxy-set-file-based-pac-script',
    'Given',
    'the proxy of {computer} is set by a file-based PAC script',
    (stage: Stage, c: string) => fault.filePac(stage, c, true),
  ),
  phrase(
    'faults.proxy-changed-pac-script-served-over-http',
    'When',
    'the proxy of {computer} is changed to a PAC script served over HTTP',
    (stage: Stage, c: string) => fault.filePac(stage, c, false),
  ),
  phrase(
    'faults.proxy-changed-automatically-detect-settings-wpad',
    'When',
    'the proxy of {computer} is changed to Automatically detect settings with WPAD',
    (stage: Stage, c: string) => fault.filePac(stage, c, false),
  ),
  phrase('faults.dns-record-domain-missing', 'Given', 'the {string} DNS record of the domain is missing', (stage: Stage, record: string) =>
    fault.removeDnsRecord(stage, record),
  ),
  phrase(
    'faults.msrtcsip-userenabled-false-premises-active-directory',
    'Given',
    'msRTCSIP-UserEnabled of {person} is FALSE in the on-premises Active Directory',
    (stage: Stage, p: string) => fault.userEnabledOnPremises(stage, p, false),
  ),
  phrase(
    'faults.administrator-sets-msrtcsip-userenabled-true-premises-forces',
    'When',
    'the administrator sets msRTCSIP-UserEnabled of {person} to TRUE on premises and forces a directory synchronization',
    (stage: Stage, p: string) => fault.userEnabledOnPremises(stage, p, true),
  ),
  phrase(
    'faults.sign-assistant-traffic-does-not-go-through',
    'Given',
    "the Sign-In Assistant's traffic does not go through the TMG firewall client on the organization's network",
    (stage: Stage) => fault.signInAssistantThroughTmg(stage, false),
  ),
  phrase(
    'faults.administrator-adds-application-entry-msoidsvc-tmg-client',
    'When',
    'the administrator adds an application entry for msoidsvc to the TMG client settings',
    (stage: Stage) => fault.signInAssistantThroughTmg(stage, true),
  ),
  phrase('faults.organization-firewall-blocks-lync-online', 'Given', "the organization's firewall blocks Lync Online", (stage: Stage) =>
    fault.firewallBlocks(stage, true),
  ),
  phrase(
    'faults.firewall-opened-ports-transport-reliability-ip-probe',
    'When',
    'the firewall is opened for the ports the Transport Reliability IP Probe reported',
    (stage: Stage) => fault.firewallBlocks(stage, false),
  ),
  phrase(
    'faults.organization-firewall-blocks-sip-over-tls-allows',
    'Given',
    "the organization's firewall blocks SIP over TLS and allows HTTP",
    (stage: Stage) => fault.sipTlsBlocked(stage, true),
  ),
  phrase(
    'faults.organization-firewall-opened-sip-over-tls',
    'When',
    "the organization's firewall is opened for SIP over TLS",
    (stage: Stage) => fault.sipTlsBlocked(stage, false),
  ),
  phrase('faults.answers-lync-online-take', 'Given', 'answers from Lync Online take {duration}', (stage: Stage, ms: number) =>
    fault.slowAnswers(stage, ms),
  ),
  phrase('faults.sign-auto-retry-turned-off-lync', 'Given', 'sign-in auto-retry is turned off in Lync', (stage: Stage) =>
    fault.autoRetry(stage, false),
  ),
  phrase(
    'faults.idle-time-lock-replace-presence-chosen-hand',
    'Given',
    'idle time and the lock replace a presence chosen by hand in Lync',
    (stage: Stage) => fault.switchFault(stage, 'idle-replaces-choice', true),
  ),
  phrase(
    'faults.presence-chosen-hand-holds-through-idle-time',
    'Given',
    'a presence chosen by hand holds through idle time and the lock in Lync',
    (stage: Stage) => fault.switchFault(stage, 'idle-replaces-choice', false),
  ),
  phrase(
    'faults.logging-lync-turned-off',
    'When',
    'logging in Lync is turned off for {person} on {computer}',
    (stage: Stage, p: string, c: string) => fault.loggingOff(stage, p, c),
  ),
];
