import { sections, type Section } from './sections';

/** One behaviour of the catalog (/work/shared/spec/behaviour-catalog.md) that the project covers. */
export interface Behaviour {
  /** The catalog ID, also the scenario tag without its `@`. */
  readonly id: string;
  /** Our own short title, written for a support engineer. */
  readonly title: string;
  /** Key of the article section the behaviour belongs to. */
  readonly section: string;
}

export interface Catalog {
  readonly sections: readonly Section[];
  readonly behaviours: readonly Behaviour[];
}

const b = (id: string, section: string, title: string): Behaviour => ({ id, title, section });

export const behaviours: readonly Behaviour[] = [
  b('FS-01', 'first-sign-in', 'First start from the Start menu, address usually filled in'),
  b('FS-02', 'first-sign-in', 'Windows logon and network come before the first sign-in'),
  b('FS-03', 'first-sign-in', 'Sign-in screen: check or type the address, then the password'),
  b('FS-04', 'first-sign-in', 'A new user sees the password box only after giving the address'),
  b('FS-05', 'first-sign-in', 'Address looks like user@domain; the user ID may differ'),
  b('FS-06', 'first-sign-in', 'At most three extra credential prompts after the first sign-in'),
  b('FS-07', 'first-sign-in', 'Choosing whether to save the password at first sign-in'),
  b('FS-08', 'first-sign-in', "Trust prompt for a server outside the user's domain"),
  b('FS-09', 'first-sign-in', 'Server located through the Autodiscover DNS names'),
  b('FS-11', 'first-sign-in', 'Newly licensed users wait for provisioning'),
  b('FS-12', 'first-sign-in', 'Signed out, then signing in, then signed in'),
  b('FS-13', 'first-sign-in', 'Wrong password opens a credential dialog, no silent failure'),
  b('AS-01', 'automatic-sign-in', 'The next Windows logon signs in without asking'),
  b('AS-02', 'automatic-sign-in', 'Option: start Lync when logging on to Windows'),
  b('AS-03', 'automatic-sign-in', 'Option: bring the main window to the front at start'),
  b('AS-04', 'automatic-sign-in', 'Autostart is a Run entry of the Windows user'),
  b('AS-05', 'automatic-sign-in', 'Defaults of the startup options (assumed)'),
  b('AS-06', 'automatic-sign-in', 'Where the personal options are found'),
  b('MU-11', 'automatic-sign-in', 'One signed-in Lync identity per Windows session'),
  b('SO-01', 'close', 'The File menu offers Close, Sign Out and Exit'),
  b('SO-02', 'close', 'Close hides the window while the session carries on'),
  b('SO-04', 'sign-out', 'Sign Out ends the session, the program keeps running'),
  b('SO-05', 'sign-out', 'Signing back in after Sign Out needs no restart'),
  b('SO-06', 'sign-out', 'After Sign Out the sign-in window offers to delete sign-in info'),
  b('SO-11', 'sign-out', 'Windows logon after a manual Sign Out (assumed)'),
  b('SO-13', 'sign-out', 'Signing out cancels a sign-in in progress'),
  b('SO-07', 'exit', 'Exit ends the session and closes the program'),
  b('SO-08', 'exit', 'The tray icon menu offers Sign Out and Exit'),
  b('DC-01', 'delete-sign-in-info', 'Credentials kept for every user who signed in on the PC'),
  b('DC-02', 'delete-sign-in-info', "Delete removes only this user's entry"),
  b('DC-03', 'delete-sign-in-info', 'Delete clears password, certificate and connection data'),
  b('DC-05', 'delete-sign-in-info', 'Delete asks Yes or No before removing anything'),
  b('DC-06', 'delete-sign-in-info', 'Delete is advised on shared PCs and when troubleshooting'),
  b('DC-07', 'delete-sign-in-info', 'Stale info after a password change hides the password box'),
  b('DC-08', 'delete-sign-in-info', 'A changed sign-in address needs the cache deleted'),
  b('DC-10', 'delete-sign-in-info', 'A stale cached server endpoint blocks sign-in until deleted'),
  b('MU-02', 'delete-sign-in-info', 'Saved credentials never leave the computer'),
  b('MU-07', 'delete-sign-in-info', 'On a shared computer, delete sign-in info when leaving'),
  b('TE-01', 'troubleshooting', 'Server temporarily unavailable'),
  b('TE-02', 'troubleshooting', 'No Lync server found for the domain'),
  b('TE-03', 'troubleshooting', 'Wrong credentials or an outdated client'),
  b('TE-04', 'troubleshooting', 'Computer clock more than five minutes off'),
  b('TE-05', 'troubleshooting', 'Personal certificate cannot be obtained'),
  b('TE-06', 'troubleshooting', 'Sign-in address not found'),
  b('TE-07', 'troubleshooting', 'User name, password or domain looks wrong'),
  b('TE-08', 'troubleshooting', 'Authentication service unreachable, client retries'),
  b('TE-09', 'troubleshooting', "Server's certificate cannot be verified"),
  b('TE-10', 'troubleshooting', 'Untrusted server: a question, not a failure'),
  b('TE-12', 'troubleshooting', 'Forgotten password'),
  b('TE-13', 'troubleshooting', 'Expired password'),
  b('TE-14', 'troubleshooting', 'Password changed somewhere else'),
  b('TE-15', 'troubleshooting', 'Not licensed or not provisioned yet'),
  b('TE-16', 'troubleshooting', 'Account disabled, blocked or not enabled for Lync'),
  b('TE-17', 'troubleshooting', 'Proxy set-up stops the sign-in assistant'),
  b('TE-18', 'troubleshooting', 'Company firewall blocks Lync traffic'),
  b('TE-19', 'troubleshooting', 'Custom domain DNS changes still spreading'),
  b('TE-20', 'troubleshooting', 'Service outage or lapsed subscription'),
  b('TE-22', 'troubleshooting', 'Credential prompts keep coming after sign-in'),
  b('TE-23', 'troubleshooting', 'No network while signing in'),
  b('NR-01', 'network', 'Network lost while signing in: a delay notice every 30 s'),
  b('NR-03', 'network', 'The client recovers on its own after a drop'),
  b('NR-04', 'network', 'Automatic retry of sign-in is a client setting'),
  b('NR-05', 'network', 'Messages that promise a retry, and the retry happens'),
  b('NR-06', 'network', 'Slow sign-in: wait or sign out, nothing to fix locally'),
  b('NR-07', 'network', 'Connection lost while signed in'),
  b('NR-08', 'network', 'Certificate error on the first sign-in after an outage'),
  b('NR-11', 'network', 'No mobile-style 30-minute sign-out on the desktop'),
  b('NR-15', 'network', 'The next Windows logon restarts Lync and signs in'),
];

export const catalog: Catalog = { sections, behaviours };
