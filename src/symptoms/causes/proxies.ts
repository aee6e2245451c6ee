import { setTo, turnedOff } from '../step-pattern';
import type { CauseDefinition } from '../cause-definition';

const addressNotFound = ['clientMessages.addressNotFound'];
const flags = (test: (v: number) => boolean) =>
  ['dword-computer-policy', 'dword-user-policy'].map((fault) =>
    setTo(fault, { policy: 'HttpProxyControlFlags', value: (v) => test(Number(v)) }),
  );

/** KB 3123662: more than one proxy, a proxy that asks for credentials, and the HttpProxyControlFlags DWORD. */
export const proxyCauses: readonly CauseDefinition[] = [
  {
    id: 'named-proxy-handed-to-sign-in-assistant',
    title: "Behind two proxies, Lync hands the Sign-In Assistant Internet Explorer's named proxy, which is the wrong one for the sign-in",
    fault: 'lan-proxy',
    sources: ['KB3123662', 'S15'],
    confirm:
      "Internet Options > LAN settings name a proxy server and an automatic configuration script; the named proxy's log shows msoidsvc.exe refused (or asked for credentials) for login.microsoftonline.com.",
    fix: 'Set the DWORD HttpProxyControlFlags to 3 (bits 0x1 and 0x2) under Software\\Policies\\Microsoft\\Office\\15.0\\Lync in HKLM or HKCU, so that the assistant finds its proxy by automatic detection; restart Lync.',
    fixedBy: flags((v) => (v & 0x3) === 0x3),
    shows: addressNotFound,
  },
  {
    id: 'sip-proxy-handed-to-sign-in-assistant',
    title: 'Lync hands the Sign-In Assistant the proxy it uses for SIP over HTTPS, which does not let the sign-in through',
    fault: 'script-proxy',
    sources: ['KB3123662'],
    confirm:
      'The automatic configuration script sends the Lync Online hosts and login.microsoftonline.com to different proxies; the log of the proxy Lync uses for SIP shows msoidsvc.exe refused for login.microsoftonline.com.',
    fix: 'Set bit 0x2 of the DWORD HttpProxyControlFlags (Software\\Policies\\Microsoft\\Office\\15.0\\Lync, HKLM or HKCU) and restart Lync.',
    fixedBy: flags((v) => (v & 0x2) === 0x2),
    shows: addressNotFound,
  },
  {
    id: 'proxy-refuses-identity-provider',
    title: 'The proxy the Sign-In Assistant is sent to does not let login.microsoftonline.com through',
    fault: 'proxy-refuses-host',
    sources: ['KB3123662', 'S15'],
    confirm: "The proxy's log shows msoidsvc.exe refused for login.microsoftonline.com, while lync.exe reaches the Lync Online hosts.",
    fix: 'Let login.microsoftonline.com through that proxy, or point the assistant at the proxy that does with HttpProxyControlFlags.',
    fixedBy: [turnedOff('proxy-refuses-host'), ...flags((v) => (v & 0x2) === 0x2)],
    shows: addressNotFound,
  },
  {
    id: 'proxy-requires-authentication',
    title: 'The proxy asks for credentials, and the Sign-In Assistant, a service running as LocalSystem, has none to give',
    fault: 'proxy-requires-authentication',
    sources: ['KB3123662'],
    confirm:
      "The proxy's log shows 407 Proxy Authentication Required to msoidsvc.exe for login.microsoftonline.com, with no credentials, while lync.exe gets through with the Windows user's; Lync asks for nothing.",
    fix: 'Let the Office 365 sign-in hosts through the proxy without authentication (or send the assistant to a proxy that does not ask).',
    shows: addressNotFound,
  },
  {
    id: 'http-proxy-control-flags-computer',
    title:
      'HttpProxyControlFlags in HKLM takes the named proxy away from the Sign-In Assistant, whose direct connection the firewall drops',
    fault: 'dword-computer-policy',
    sources: ['KB3123662', 'S15'],
    confirm:
      'HKLM\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync has HttpProxyControlFlags with bits 0x1 and 0x2; no automatic configuration script; traces show SYNs from msoidsvc.exe straight to login.microsoftonline.com.',
    fix: 'Remove HttpProxyControlFlags (Not configured), or clear bit 0x1, so that the assistant uses the named proxy again; restart Lync.',
    shows: addressNotFound,
  },
  {
    id: 'http-proxy-control-flags-user',
    title:
      'HttpProxyControlFlags in HKCU takes the named proxy away from the Sign-In Assistant, whose direct connection the firewall drops',
    fault: 'dword-user-policy',
    sources: ['KB3123662', 'S15'],
    confirm:
      'HKCU\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync has HttpProxyControlFlags with bits 0x1 and 0x2; no automatic configuration script; traces show SYNs from msoidsvc.exe straight to login.microsoftonline.com.',
    fix: "Remove HttpProxyControlFlags from the user's Group Policy (Not configured), or clear bit 0x1; it leaves HKCU at the next logon.",
    shows: addressNotFound,
  },
];
