import { policySetTo } from './shared-steps';
import { said, setTo } from '../step-pattern';
import type { CauseDefinition } from '../cause-definition';

/** Lync's own settings (the other readings of the assumptions) and Group Policy. */
export const settingsAndPolicyCauses: readonly CauseDefinition[] = [
  {
    id: 'idle-replaces-choice',
    title: 'Idle time and the lock replace a presence chosen by hand, so colleagues see Inactive or Away instead',
    fault: 'idle-replaces-choice',
    // The other side of the assumption manualPresenceHoldsWhenIdle: no source says what Lync 2013 does (catalog, Unknown).
    sources: ['signin-sim'],
    confirm: 'The presence chosen from the menu comes back as soon as the user moves the mouse or unlocks Windows.',
    fix: 'Expected with this setting: the choice shows again while the computer is in use.',
    fixedBy: [said('presence.moves-mouse'), said('world.unlocks')],
  },
  {
    id: 'closed-lync-leaves-taskbar',
    title: 'With this setting a closed Lync keeps only its notification-area icon, so its taskbar button goes away',
    fault: 'closed-lync-leaves-taskbar',
    // The other side of the assumption taskbarButtonWhenClosed: no source says whether a closed Lync 2013 keeps its taskbar button.
    sources: ['signin-sim'],
    confirm: 'Lync is still running and signed in: its icon is in the notification area, and the button comes back when the window opens.',
    fix: 'Expected with this setting: click the Lync icon in the notification area to open the window again.',
    fixedBy: [said('lync.clicks-lync-icon', null, 'notification area')],
  },
  {
    id: 'no-auto-sign-in-after-sign-out',
    title: 'The user signed out by hand last time, and this Lync then waits at the sign-in window at the next start',
    fault: 'no-auto-sign-in-after-sign-out',
    // The other sides of the assumptions autoSignInAfterManualSignOut (SO-11, Unknown) and addressKeptAfterDelete (DC-03).
    sources: ['signin-sim'],
    confirm: 'The sign-in window shows the address and a password box; SignedOutByUser is set in the Lync registry key of the user.',
    fix: 'Expected with this setting: type the password and click Sign In once; the next logons sign in by themselves again.',
    fixedBy: [said('lync.clicks-sign')],
  },
  {
    id: 'address-cleared-by-delete',
    title: 'Delete my sign-in info also cleared the sign-in address this Lync keeps for the user',
    fault: 'address-cleared-by-delete',
    sources: ['signin-sim'],
    confirm: 'The sign-in address box is empty after Delete and at every start until the user types the address again.',
    fix: 'Expected with this setting: type the sign-in address once; Lync keeps it again from that sign-in on.',
    fixedBy: [said('lync.types-sign-address')],
  },
  {
    id: 'lync-prevented',
    title: 'Group Policy prevents users from running Lync',
    fault: 'computer-policy',
    sources: ['S24'],
    confirm: 'HKLM (or HKCU) \\Software\\Policies\\Microsoft\\Office\\15.0\\Lync has PreventRun = 1; Lync does not start at all.',
    fix: 'Set "Prevent users from running Microsoft Lync" to Disabled (or Not configured in both configurations).',
    setUp: policySetTo('Prevent users from running Microsoft Lync', 'Enabled'),
    fixedBy: policySetTo('Prevent users from running Microsoft Lync', 'Disabled', 'Not configured'),
  },
  {
    id: 'password-storage-disabled',
    title: 'Group Policy does not allow storing passwords, so Lync asks for it at every sign-in',
    fault: 'user-policy',
    sources: ['S25', 'S24'],
    confirm: '"Save my password" is greyed out; SavePassword is 0 under the Lync policy key of HKLM or HKCU.',
    fix: 'Set "Allow storage of user passwords" to Enabled (the computer\'s setting wins over the user\'s).',
    setUp: policySetTo('Allow storage of user passwords', 'Disabled'),
    fixedBy: [setTo('computer-policy', { policy: 'Allow storage of user passwords', state: 'Enabled' })],
  },
  {
    id: 'require-logon-credentials',
    title: 'Group Policy requires logon credentials, so Lync asks for the password although single sign-on is set up',
    fault: 'user-policy',
    sources: ['S24', 'S26'],
    confirm:
      'The user is logged on to Windows with the domain account and the domain signs in through AD FS, yet Lync shows the password box; DisableNTCredentials is 1 under the Lync policy key of HKLM or HKCU.',
    fix: 'Set "Require logon credentials" to Not configured (or Disabled) in both configurations, if the organization wants single sign-on; the computer\'s setting wins.',
    setUp: policySetTo('Require logon credentials', 'Enabled'),
    fixedBy: policySetTo('Require logon credentials', 'Not configured', 'Disabled'),
  },
  {
    id: 'windows-credentials',
    title: 'Single sign-on: the domain signs in through AD FS, so Lync signs in with the Windows credentials',
    fault: 'single-sign-on',
    catalog: ['AS-11'],
    sources: ['S24', 'S26'],
    confirm:
      'Lync signs in with nothing typed for users logged on to Windows with a domain account; the identity provider is AD FS for the domain, and DisableNTCredentials is not set.',
    fix: 'Nothing is broken. To have the password typed anyway, set "Require logon credentials" to Enabled.',
    fixedBy: policySetTo('Require logon credentials', 'Enabled'),
  },
  {
    id: 'domain-logon',
    title: 'The Windows user is logged on with the domain account, whose Windows credentials Lync offers',
    fault: 'domain-account',
    catalog: ['AS-11'],
    sources: ['S24', 'S26'],
    confirm: 'whoami /upn on the computer prints the sign-in address; the computer is joined to the domain.',
    fix: 'Nothing is broken. To have the password typed anyway, set "Require logon credentials" to Enabled.',
    fixedBy: policySetTo('Require logon credentials', 'Enabled'),
  },
  {
    id: 'choice-on-other-computer',
    title:
      'A presence chosen by hand (Appear Away, Busy, Do Not Disturb) outweighs what Lync works out, also when it was chosen on another computer still signed in',
    fault: null,
    place: 'client setting',
    catalog: ['SO-08'],
    // The assumption presenceAcrossEndpoints: no source says how Lync Online combines two endpoints (catalog, Unknown).
    sources: ['signin-sim'],
    confirm:
      "The presence menu of one of the user's Lync windows (on this or another computer) shows the choice; colleagues see that choice.",
    fix: 'Choose Available, or Reset Status, on the computer where the choice was made (or sign out there).',
    setUp: [said('presence.sets-presence'), said('presence.has-set-presence')],
    fixedBy: [said('presence.sets-presence', null, 'Available'), said('presence.resets-status')],
  },
  {
    id: 'manual-server-not-found',
    title: 'Advanced Connection Settings are set to Manual with a server name that cannot be found from where the computer is',
    fault: null,
    place: 'client setting',
    catalog: ['FS-10', 'AS-07'],
    sources: ['S17', 'S7'],
    confirm:
      'Options > Personal > Advanced shows Manual configuration; nslookup of the internal and external server names finds no record from this network.',
    fix: 'Set Automatic configuration (or, for Lync Online, sipdir.online.lync.com:443 as the external server name) and sign in again.',
    setUp: [
      said(
        'administration.sets-manual-configuration-as-internal-external-server',
        null,
        null,
        (n) => !String(n).endsWith('online.lync.com:443'),
      ),
    ],
    fixedBy: [said('administration.sets-automatic-configuration')],
  },
];
