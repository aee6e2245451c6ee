import type { FaultPlace } from '../fakes/faults/fault-switch';
import type { WhoIsAffected } from './symptom-types';

/**
 * The documented causes behind the symptoms. A cause names its fault switch (src/fakes/faults), which gives where
 * the fault lives and its catalog IDs; the index finds the scenarios by their steps: `setUp` matches the step that
 * puts the fault in the world, `fixedBy` the step that applies the fix. A fault switch with no cause here fails
 * `symptom-index.test.ts`, which names the switch.
 */
export interface CauseDefinition {
  readonly id: string;
  readonly title: string;
  readonly fault: string | null;
  /** Only for a cause with no fault switch (what a person does). */
  readonly place?: FaultPlace;
  /** Only where the place's usual pattern (affected.ts) does not hold. */
  readonly affected?: readonly WhoIsAffected[];
  readonly confirm: string;
  readonly fix: string;
  readonly catalog?: readonly string[];
  readonly setUp: RegExp;
  readonly fixedBy: RegExp;
  /** Not a fault but a way to gather evidence (logging): listed with the causes, named by no symptom, nothing to fix. */
  readonly evidence?: true;
}

export const causes: readonly CauseDefinition[] = [
  {
    id: 'dns-records-missing',
    title: "The Lync DNS records of the sign-in address's domain are missing",
    fault: 'dns-records-missing',
    confirm:
      'Look up lyncdiscover.<domain> and the sip CNAME and SRV records; every user of the domain gets the message on every computer.',
    fix: 'The administrator adds the Lync Online DNS records (lyncdiscover, sip, _sip._tls, _sipfederationtls._tcp); configure Lync manually as a stopgap.',
    setUp: /^the Lync DNS records of the domain are missing$/,
    fixedBy: /^the administrator restores the Lync DNS records of the domain$/,
  },
  {
    id: 'dns-propagating',
    title: 'The DNS records of a new custom domain are still propagating',
    fault: 'dns-propagating',
    confirm: 'The records exist at the DNS host but some resolvers do not return them yet; they were added less than 72 hours ago.',
    fix: 'Wait: DNS changes take up to 72 hours to reach everyone, then sign in again.',
    setUp: /^the Lync DNS records of the domain were just added and are still propagating$/,
    fixedBy: /^72 hours pass$/,
  },
  {
    id: 'servers-not-answering',
    title: 'The Lync Online servers do not answer',
    fault: 'servers-not-answering',
    confirm: 'DNS resolves, but the servers do not answer; check Service health in the Office 365 admin center.',
    fix: 'Retry when the service answers again; configure Lync manually only as a temporary workaround.',
    setUp: /^the Lync Online servers are not answering$/,
    fixedBy: /^the Lync Online servers answer again$/,
  },
  {
    id: 'firewall-blocks',
    title: "The organization's firewall blocks Lync Online",
    fault: 'firewall-blocks',
    confirm:
      'The same users sign in from another network (home, public Wi-Fi) but not on the corporate one; run the Transport Reliability IP Probe.',
    fix: 'Open the ports and URLs the Transport Reliability IP Probe reports as failing, then sign in again.',
    setUp: /^the organization's firewall blocks Lync Online$/,
    fixedBy: /^the firewall is opened for the ports the Transport Reliability IP Probe reported$/,
  },
  {
    id: 'retired-front-end',
    title: 'The front end cached for the user on the computer has been retired',
    fault: 'retired-front-end',
    confirm:
      'Only that user on that computer fails; the cache under %LocalAppData%\\Microsoft\\Office\\15.0\\Lync\\sip_<address> names an old pool.',
    fix: 'Delete my sign-in info on the sign-in screen (or remove the cache folder by hand), then sign in with the password.',
    setUp: /^the front end cached for \w+ on PC\d+ has been retired$/,
    fixedBy: /deletes (her|his) sign-in info on PC\d+$/,
  },
  {
    id: 'outage',
    title: 'A Lync Online outage; afterwards certificates issued before it are refused',
    fault: 'outage',
    confirm: 'Usually every user of the tenant is affected at once; Service health in the admin center shows the incident.',
    fix: 'Wait for the service to be restored; where the certificate message follows, Delete my sign-in info and sign in with the password.',
    setUp: /^Lync Online has an outage$/,
    fixedBy: /deletes (her|his) sign-in info on PC\d+$/,
  },
  {
    id: 'unsupported-version',
    title: 'The installed Lync is a version the service no longer accepts',
    fault: 'unsupported-version',
    confirm: 'Check the version in Help > About; the same person signs in from a computer with a current Lync.',
    fix: 'Uninstall Lync and install it again from the Office 365 portal (or update it).',
    setUp: /^the Lync installed for \w+ on PC\d+ is a version the service no longer accepts$/,
    fixedBy: /^the administrator reinstalls Lync for \w+ on PC\d+ from the Office 365 portal$/,
  },
  {
    id: 'clock-off',
    title: "The computer's clock is more than five minutes off",
    fault: 'clock-off',
    confirm:
      'Compare the computer clock (Date and Time in the Control Panel) with the right time; the same person signs in from another computer.',
    fix: 'Set the clock and time zone right; the administrator makes the domain controller sync with a reliable time source.',
    setUp: /^the clock of PC\d+ is \d+ minutes fast$/,
    fixedBy: /sets the clock of PC\d+ right$|^the clock of PC\d+ is set right$/,
  },
  {
    id: 'missing-root-certificate',
    title: "The computer lacks the root certificate of the identity provider's chain",
    fault: 'missing-root-certificate',
    confirm: "Open the federation server's certificate on that computer: its chain ends in an untrusted root.",
    fix: 'Install the trusted root certificate authority on the computer; Lync retries by itself.',
    setUp: /lacks the root certificate of the identity provider's certificate chain$/,
    fixedBy: /^the trusted root certificate is installed on PC\d+$/,
  },
  {
    id: 'file-pac',
    title: "The computer's proxy is set by a PAC script read from a file (file://)",
    fault: 'file-pac',
    confirm:
      'Internet Options > Connections > LAN settings shows a file:// automatic configuration script; traces show repeated SYNs to login.microsoftonline.com.',
    fix: 'Serve the PAC script over HTTP (or use Automatically detect settings with WPAD).',
    setUp: /^the proxy of PC\d+ is set by a file-based PAC script$/,
    fixedBy: /^the proxy of PC\d+ is changed to a PAC script served over HTTP$/,
  },
  {
    id: 'unlicensed',
    title: 'The account is not licensed for Lync Online, or not provisioned yet',
    fault: 'unlicensed',
    confirm: 'The user is missing from the Lync admin center; the licence in the Office 365 admin center lacks Lync Online.',
    fix: 'License the user for Lync Online, then wait about 30 minutes (up to 24 hours) for provisioning.',
    setUp: /^\w+'s account is not licensed for Lync Online$|^\w+'s account was licensed just now and is still being provisioned$/,
    fixedBy: /^the administrator licenses \w+ for Lync Online$|^30 minutes pass$/,
  },
  {
    id: 'not-enabled',
    title: 'The account is not enabled for Lync (msRTCSIP-UserEnabled is FALSE)',
    fault: 'not-enabled',
    confirm: 'In the on-premises directory, msRTCSIP-UserEnabled is FALSE for the user, synced to the cloud.',
    fix: 'Set msRTCSIP-UserEnabled to TRUE, force a directory sync and wait about 30 minutes.',
    setUp: /^\w+'s account is not enabled for Lync$/,
    fixedBy: /^the administrator enables \w+ for Lync$/,
  },
  {
    id: 'password-expired',
    title: "The account's password has expired",
    fault: 'password-expired',
    confirm: 'The Office 365 portal asks the user to change the password at sign-in.',
    fix: 'Change the password on the Office 365 portal, then sign in with the new one.',
    setUp: /^\w+'s password has expired$/,
    fixedBy: /changes (her|his) password on the Office 365 portal$/,
  },
  {
    id: 'password-changed',
    title: 'The password was changed elsewhere while the old one is still saved on the computer',
    fault: 'password-changed',
    confirm: 'The user changed or reset the password on another device or the portal; Lync offers no password box.',
    fix: 'Delete my sign-in info, then sign in with the new password.',
    setUp: /changed (her|his) password on another device$/,
    fixedBy: /deletes (her|his) sign-in info on PC\d+$/,
  },
  {
    id: 'wrong-password',
    title: 'A mistyped or forgotten password',
    fault: null,
    place: 'account',
    catalog: ['TE-07', 'FS-13', 'TE-12'],
    confirm: 'The user signs in to the Office 365 portal with the same password, or cannot.',
    fix: 'Type the password again; a forgotten one is reset by the support desk.',
    setUp: /types a wrong password on PC\d+$/,
    fixedBy: /enters (her|his) password in the credential dialog on PC\d+$|^the support desk resets \w+'s password$/,
  },
  {
    id: 'address-renamed',
    title: "The user's sign-in address was changed",
    fault: 'address-renamed',
    confirm: 'The address in the Office 365 admin center differs from the one on the Lync sign-in screen.',
    fix: 'Delete my sign-in info, type the new sign-in address, and sign in.',
    setUp: /sign-in address was changed to "[^"]+"$/,
    fixedBy: /deletes (her|his) sign-in info on PC\d+$/,
  },
  {
    id: 'exchange-prompts',
    title: 'The Exchange connection asks for credentials',
    fault: 'exchange-prompts',
    confirm: 'The prompt names Exchange (calendar and conversation history); up to three prompts at the first sign-in are normal.',
    fix: 'Enter the password in the prompt; if it never stops, look for a TLS "unsupported certificate" error (SChannel event 36888).',
    setUp: /^the Exchange connection will ask \w+ for credentials \d+ times$/,
    fixedBy: /enters (her|his) password in the credential dialog on PC\d+$/,
  },
  {
    id: 'damaged-certificate',
    title: 'The certificate cached for the user on the computer is damaged',
    fault: 'damaged-certificate',
    confirm: 'Only that user on that computer fails; another account signs in on the same computer.',
    fix: 'Delete my sign-in info (or remove the cached certificate and Credential Manager entry), then sign in with the password.',
    setUp: /^the certificate cached for \w+ on PC\d+ is damaged$/,
    fixedBy: /deletes (her|his) sign-in info on PC\d+$/,
  },
  {
    id: 'identity-provider-down',
    title: 'The identity provider (AD FS or Azure AD) cannot be reached',
    fault: 'identity-provider-down',
    confirm: 'Users of the federated domain cannot sign in to the Office 365 portal either; check the AD FS servers.',
    fix: 'The administrator brings AD FS back; Lync retries by itself every 30 seconds.',
    setUp: /^the identity provider cannot be reached$/,
    fixedBy: /^the identity provider is reachable again$/,
  },
  {
    id: 'web-services-elsewhere',
    title: "Autodiscover sends Lync to web services outside the sign-in address's domain",
    fault: 'web-services-elsewhere',
    confirm: 'The server named in the prompt is not under the SIP domain nor in the trusted domain list.',
    fix: 'Tick "Always trust this server" and click Connect, or deploy the Trusted Domain List policy with the domain added.',
    setUp: /^Autodiscover sends Lync to web services at "[^"]+"$/,
    fixedBy: /ticks "Always trust this server" and clicks Connect on PC\d+$/,
  },
  {
    id: 'slow-answers',
    title: 'Answers from Lync Online are slow (bandwidth or server load)',
    fault: 'slow-answers',
    confirm: 'The signing-in screen stays; the network is slow for other services too. It cannot be fixed at the client.',
    fix: 'Wait, or cancel by signing out; improve the link.',
    setUp: /^answers from Lync Online take \d+ \w+$/,
    fixedBy: /chooses File > Sign Out from the Options button on PC\d+$/,
  },
  {
    id: 'offline',
    title: 'The computer has no network',
    fault: null,
    place: 'network',
    affected: [
      { users: 'one', computers: 'one' },
      { users: 'several', computers: 'one' },
    ],
    catalog: ['TE-23', 'NR-01'],
    confirm: 'The network icon shows no connection; other programs cannot reach the internet either.',
    fix: 'Reconnect the computer; Lync retries every 30 seconds and signs in by itself.',
    setUp: /^PC\d+ is offline$/,
    fixedBy: /goes on the organization's network$/,
  },
  {
    id: 'auto-retry-off',
    title: "Lync's sign-in auto-retry is turned off, so a delayed sign-in gives up",
    fault: 'auto-retry-off',
    confirm: 'The sign-in screen comes back instead of retrying while the network is down.',
    fix: 'Sign in again once the network is back; turn Sign in auto-retry back on.',
    setUp: /^sign-in auto-retry is turned off in Lync$/,
    fixedBy: /goes on the organization's network$/,
  },
  {
    id: 'network-drop',
    title: 'The network drops while the user is signed in',
    fault: null,
    place: 'network',
    affected: [
      { users: 'one', computers: 'one' },
      { users: 'several', computers: 'one' },
    ],
    catalog: ['NR-07', 'NR-03'],
    confirm: 'Presence of contacts shows unknown; the network icon shows no connection.',
    fix: 'Nothing to do at the client: when the network returns, Lync reconnects by itself.',
    setUp: /^PC\d+ goes offline$/,
    fixedBy: /goes on the organization's network$/,
  },
  {
    id: 'machine-guid-braces',
    title: 'The MachineGuid of the computer has braces around it, so no new certificate can be stored',
    fault: 'machine-guid-braces',
    confirm: 'HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MachineGuid reads {...}; every user of that computer gets the message.',
    fix: 'Remove the braces around the MachineGuid value, then restart Lync.',
    setUp: /^the MachineGuid of PC\d+ has braces around it$/,
    fixedBy: /removes the braces around the MachineGuid of PC\d+$/,
  },
  {
    id: 'rsa-folder-locked',
    title: "The user's RSA key folder is locked (often after a password change)",
    fault: 'rsa-folder-locked',
    confirm: '%AppData%\\Microsoft\\Crypto\\RSA\\S-1-5-21-... cannot be written; Delete my sign-in info does not help.',
    fix: "Delete the user's RSA key folder, then sign in again.",
    setUp: /^the RSA key folder of \w+ on PC\d+ is locked$/,
    fixedBy: /deletes the RSA key folder of \w+ on PC\d+$/,
  },
  {
    id: 'dns-client-cache',
    title: "The computer's DNS client cache still holds the answer from before the records were fixed",
    fault: 'dns-client-cache',
    confirm:
      'ipconfig /displaydns on that computer still shows no record (or the old one) for lyncdiscover.<domain>; other computers sign in.',
    fix: 'Run ipconfig /flushdns on the computer, or wait until the cached answer expires.',
    setUp: /^the DNS client cache of PC\d+ keeps answers for \d+ minutes$/,
    fixedBy: /runs ipconfig \/flushdns on PC\d+$/,
  },
  {
    id: 'time-zone-wrong-clock-adjusted',
    title: "The computer's time zone is wrong and its clock was set to look right, so its UTC time is hours off",
    fault: 'time-zone-wrong-clock-adjusted',
    confirm:
      'Date and Time in the Control Panel shows the right local time but the wrong time zone; the UTC time differs from the real one by hours.',
    fix: 'Set the time zone right first, then the clock.',
    setUp: /^the time zone of PC\d+ is set \d+ hours behind the right one/,
    fixedBy: /sets the time zone and the clock of PC\d+ right$/,
  },
  {
    id: 'time-zone-changed',
    title: "The computer's time zone was changed on its own (not a cause: the UTC time stays right)",
    fault: 'time-zone-changed',
    evidence: true,
    confirm: 'Only the local time moved; the UTC time is right and sign-in works.',
    fix: 'Nothing to fix for sign-in.',
    setUp: /^the time zone of PC\d+ is moved \d+ hours$/,
    fixedBy: /^the time zone of PC\d+ is set back$/,
  },
  {
    id: 'sip-tls-blocked',
    title: "The organization's firewall blocks SIP over TLS, and the HTTP fallback is turned off",
    fault: 'sip-tls-blocked',
    confirm:
      'Sign-in fails on the corporate network only, after Lync found the server; the policy key has DisableHttpConnect = 1, and the Transport Reliability IP Probe fails for TLS on 443.',
    fix: 'Open the firewall for SIP over TLS (TCP 443 to the Lync Online servers); the HTTP fallback works only while DisableHttpConnect is not set.',
    setUp: /^the organization's firewall blocks SIP over TLS and allows HTTP$/,
    fixedBy: /^the organization's firewall is opened for SIP over TLS$/,
  },
  {
    id: 'lync-not-responding',
    title: 'Lync is busy and does not answer Windows when the user logs off',
    fault: 'lync-not-responding',
    confirm: 'Windows shows that Lync is not responding at log-off; after log-off no lync.exe runs and colleagues see the user Offline.',
    fix: 'Nothing to fix on the service: Windows ends Lync, the session ends, and Lync signs in again at the next logon.',
    setUp: /is busy and stops responding$/,
    fixedBy: /logs off PC\d+$/,
  },
  {
    id: 'lync-prevented',
    title: 'Group Policy prevents users from running Lync',
    fault: 'computer-policy',
    confirm: 'HKLM (or HKCU) \\Software\\Policies\\Microsoft\\Office\\15.0\\Lync has PreventRun = 1; Lync does not start at all.',
    fix: 'Set "Prevent users from running Microsoft Lync" to Disabled (or Not configured in both configurations).',
    setUp: /^Group Policy sets "Prevent users from running Microsoft Lync" to Enabled/,
    fixedBy: /^Group Policy sets "Prevent users from running Microsoft Lync" to Disabled/,
  },
  {
    id: 'password-storage-disabled',
    title: 'Group Policy does not allow storing passwords, so Lync asks for it at every sign-in',
    fault: 'user-policy',
    confirm: '"Save my password" is greyed out; SavePassword is 0 under the Lync policy key of HKLM or HKCU.',
    fix: 'Set "Allow storage of user passwords" to Enabled (the computer\'s setting wins over the user\'s).',
    setUp: /^Group Policy sets "Allow storage of user passwords" to Disabled/,
    fixedBy: /^Group Policy sets "Allow storage of user passwords" to Enabled in the Computer Configuration/,
  },
  {
    id: 'logging-on',
    title: 'Logging is turned on in Lync: its own log under Tracing records each failure with its code',
    fault: 'logging-on',
    evidence: true,
    confirm: 'Read the log under %LocalAppData%\\Microsoft\\Office\\15.0\\Lync\\Tracing.',
    fix: 'Nothing to fix: turn logging off again once the evidence is collected.',
    setUp: /^logging in Lync is turned on for \w+ on PC\d+$/,
    fixedBy: /^logging in Lync is turned off for \w+ on PC\d+$/,
  },
];
