import { goesOnTheNetwork } from './shared-steps';
import { said } from '../step-pattern';
import type { CauseDefinition } from '../cause-definition';

/** The network between the computer and Lync Online: firewalls, proxies, no network at all. */
export const networkCauses: readonly CauseDefinition[] = [
  {
    id: 'firewall-blocks',
    title: "The organization's firewall blocks Lync Online",
    fault: 'firewall-blocks',
    sources: ['S17'],
    confirm:
      'The same users sign in from another network (home, public Wi-Fi) but not on the corporate one; run the Transport Reliability IP Probe.',
    fix: 'Open the ports and URLs the Transport Reliability IP Probe reports as failing, then sign in again.',
  },
  {
    id: 'address-book-service-blocked',
    title:
      "A firewall or proxy on the organization's network blocks the Address Book Web Query service, so searching the address book fails",
    fault: 'address-book-service-blocked',
    sources: ['KB2435699'],
    confirm:
      'Hold CTRL, right-click the Lync icon, choose Configuration Information and copy the ABS Server External URL; opened in Internet Explorer on that computer it gives "The webpage cannot be found" or 404 instead of 401 Unauthorized.',
    fix: 'Let the computers reach the URL of the Address Book Web Query service through the firewall and the proxy, then search again.',
    shows: ['clientMessages.addressBookUnreachable'],
  },
  {
    id: 'file-pac',
    title: "The computer's proxy is set by a PAC script read from a file (file://)",
    fault: 'file-pac',
    sources: ['S15'],
    confirm:
      'Internet Options > Connections > LAN settings shows a file:// automatic configuration script; traces show repeated SYNs to login.microsoftonline.com.',
    fix: 'Serve the PAC script over HTTP (or use Automatically detect settings with WPAD).',
    fixedBy: [said('faults.proxy-changed-automatically-detect-settings-wpad')],
  },
  {
    id: 'msoidsvc-bypasses-tmg',
    title: "The Sign-In Assistant's traffic does not go through the TMG firewall client, and the firewall drops its direct connection",
    fault: 'msoidsvc-bypasses-tmg',
    sources: ['S15', 'S8'],
    confirm:
      'Network Monitor shows repeated TCP SYNs to login.microsoftonline.com; no proxy is set and Automatically detect settings is off in Internet Options > LAN settings.',
    fix: 'The administrator creates an application entry for msoidsvc in the Forefront TMG Client Settings (Disable 0, DisableEx 0).',
  },
  {
    id: 'sip-tls-blocked',
    title: "The organization's firewall blocks SIP over TLS, and the HTTP fallback is turned off",
    fault: 'sip-tls-blocked',
    sources: ['S24', 'S22'],
    confirm:
      'Sign-in fails on the corporate network only, after Lync found the server; the policy key has DisableHttpConnect = 1, and the Transport Reliability IP Probe fails for TLS on 443.',
    fix: 'Open the firewall for SIP over TLS (TCP 443 to the Lync Online servers); the HTTP fallback works only while DisableHttpConnect is not set.',
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
    sources: ['S20', 'S29'],
    confirm: 'The network icon shows no connection; other programs cannot reach the internet either.',
    fix: 'Reconnect the computer; Lync retries every 30 seconds and signs in by itself.',
    setUp: [said('world.computer-is-network', null, 'offline')],
    fixedBy: [goesOnTheNetwork],
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
    sources: ['S22', 'S23'],
    confirm: 'Presence of contacts shows unknown; the network icon shows no connection.',
    fix: 'Nothing to do at the client: when the network returns, Lync reconnects by itself.',
    setUp: [said('world.goes-offline')],
    fixedBy: [goesOnTheNetwork],
  },
  {
    id: 'auto-retry-off',
    title: "Lync's sign-in auto-retry is turned off, so a delayed sign-in gives up",
    fault: 'auto-retry-off',
    sources: ['S21', 'S22'],
    confirm: 'The sign-in screen comes back instead of retrying while the network is down.',
    fix: 'Sign in again once the network is back; turn Sign in auto-retry back on.',
    fixedBy: [goesOnTheNetwork],
  },
];
