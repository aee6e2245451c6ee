import { deletesSignInInfo } from './shared-steps';
import { said } from '../step-pattern';
import type { CauseDefinition } from '../cause-definition';

/** The computer and the user's cache on it: clock and time zone, certificates, keys, the installed Lync. */
export const computerCauses: readonly CauseDefinition[] = [
  {
    id: 'sign-in-assistant-stopped',
    title: 'The Microsoft Online Services Sign-in Assistant service is stopped on the computer',
    fault: 'sign-in-assistant-stopped',
    sources: ['S15', 'S8'],
    confirm:
      'services.msc on the computer shows "Microsoft Online Services Sign-in Assistant" (msoidsvc) stopped or disabled; the same person signs in from another computer.',
    fix: 'Start the service and set its startup type back to Automatic, then sign in again.',
    shows: ['clientMessages.addressNotFound'],
  },
  {
    id: 'retired-front-end',
    title: 'The front end cached for the user on the computer has been retired',
    fault: 'retired-front-end',
    sources: ['S10'],
    confirm:
      'Only that user on that computer fails; the cache under %LocalAppData%\\Microsoft\\Office\\15.0\\Lync\\sip_<address> names an old pool.',
    fix: 'Delete my sign-in info on the sign-in screen (or remove the cache folder by hand), then sign in with the password.',
    fixedBy: [deletesSignInInfo],
  },
  {
    id: 'unsupported-version',
    title: 'The installed Lync is a version the service no longer accepts',
    fault: 'unsupported-version',
    sources: ['S7', 'S10', 'S17'],
    confirm: 'Check the version in Help > About; the same person signs in from a computer with a current Lync.',
    fix: 'Uninstall Lync and install it again from the Office 365 portal (or update it).',
    fixedBy: [said('lync.administrator-reinstalls-lync-office-365-portal')],
  },
  {
    id: 'clock-off',
    title: "The computer's clock is more than five minutes off",
    fault: 'clock-off',
    sources: ['S7', 'S13', 'S17'],
    confirm:
      'Compare the computer clock (Date and Time in the Control Panel) with the right time; the same person signs in from another computer.',
    fix: 'Set the clock and time zone right; the administrator makes the domain controller sync with a reliable time source.',
    fixedBy: [said('faults.sets-clock-right')],
  },
  {
    id: 'missing-root-certificate',
    title: "The computer lacks the root certificate of the identity provider's chain",
    fault: 'missing-root-certificate',
    sources: ['S7', 'S10'],
    confirm: "Open the federation server's certificate on that computer: its chain ends in an untrusted root.",
    fix: 'Install the trusted root certificate authority on the computer; Lync retries by itself.',
  },
  {
    id: 'damaged-certificate',
    title: 'The certificate cached for the user on the computer is damaged',
    fault: 'damaged-certificate',
    sources: ['S10', 'S7'],
    confirm: 'Only that user on that computer fails; another account signs in on the same computer.',
    fix: 'Delete my sign-in info (or remove the cached certificate and Credential Manager entry), then sign in with the password.',
    fixedBy: [deletesSignInInfo],
  },
  {
    id: 'machine-guid-braces',
    title: 'The MachineGuid of the computer has braces around it, so no new certificate can be stored',
    fault: 'machine-guid-braces',
    sources: ['S10'],
    confirm: 'HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MachineGuid reads {...}; every user of that computer gets the message.',
    fix: 'Remove the braces around the MachineGuid value, then restart Lync.',
  },
  {
    id: 'rsa-folder-locked',
    title: "The user's RSA key folder is locked (often after a password change)",
    fault: 'rsa-folder-locked',
    sources: ['S8', 'S10'],
    confirm: '%AppData%\\Microsoft\\Crypto\\RSA\\S-1-5-21-... cannot be written; Delete my sign-in info does not help.',
    fix: "Delete the user's RSA key folder, then sign in again.",
  },
  {
    id: 'time-zone-wrong-clock-adjusted',
    title: "The computer's time zone is wrong and its clock was set to look right, so its UTC time is hours off",
    fault: 'time-zone-wrong-clock-adjusted',
    sources: ['S13', 'S17'],
    confirm:
      'Date and Time in the Control Panel shows the right local time but the wrong time zone; the UTC time differs from the real one by hours.',
    fix: 'Set the time zone right first, then the clock.',
    fixedBy: [said('diagnostics.sets-time-zone-clock-right')],
  },
  {
    id: 'time-zone-changed',
    title: "The computer's time zone was changed on its own (not a cause: the UTC time stays right)",
    fault: 'time-zone-changed',
    evidence: true,
    sources: ['S13', 'S17'],
    confirm: 'Only the local time moved; the UTC time is right and sign-in works.',
    fix: 'Nothing to fix for sign-in.',
  },
  {
    id: 'lync-not-responding',
    title: 'Lync is busy and does not answer Windows when the user logs off',
    fault: 'lync-not-responding',
    sources: ['signin-sim'],
    confirm: 'Windows shows that Lync is not responding at log-off; after log-off no lync.exe runs and colleagues see the user Offline.',
    fix: 'Nothing to fix on the service: Windows ends Lync, the session ends, and Lync signs in again at the next logon.',
    fixedBy: [said('world.logs-off')],
  },
  {
    id: 'logging-on',
    title: 'Logging is turned on in Lync: its own log under Tracing records each failure with its code',
    fault: 'logging-on',
    evidence: true,
    sources: ['S11'],
    confirm: 'Read the log under %LocalAppData%\\Microsoft\\Office\\15.0\\Lync\\Tracing.',
    fix: 'Nothing to fix: turn logging off again once the evidence is collected.',
  },
];
