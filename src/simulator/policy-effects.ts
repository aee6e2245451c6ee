import type { ClientState } from './client-state';
import { effectivePolicy } from './administration';
import type { IdcrlProxy } from './network-messages';

/** AS-08: "Allow storage of user passwords" Disabled (by whichever key wins, AS-09) takes the choice away. */
export const passwordSavingAllowed = (state: ClientState): boolean => effectivePolicy(state.admin.policies, 'savePassword') !== false;

/**
 * AS-11: with no password to give, Lync signs in with the Windows credentials of the domain account the user is logged
 * on with, unless "Require logon credentials" (DisableNTCredentials) is set: then it asks for the password.
 */
export const signsInWithWindowsCredentials = (state: ClientState): boolean =>
  state.admin.domainAccount !== null && effectivePolicy(state.admin.policies, 'disableNTCredentials') !== true;

/** FS-14: a Lync Online user's failure log goes up with no prompt unless DisableAutomaticSendTracing is set. */
export const uploadsFailureLogs = (state: ClientState): boolean =>
  effectivePolicy(state.admin.policies, 'disableAutomaticSendTracing') !== true;

/** FS-16: the HTTP fallback of the SIP connection is allowed unless DisableHttpConnect is set. */
export const httpFallbackAllowed = (state: ClientState): boolean => effectivePolicy(state.admin.policies, 'disableHttpConnect') !== true;

/**
 * KB 3123662: HttpProxyControlFlags (HKLM wins over HKCU, AS-09) tells which proxies Lync hands the Sign-In Assistant.
 * Bit 0x1 set: not Internet Explorer's named proxy; bit 0x2 set: not the proxy used for SIP over HTTPS. Undefined when
 * the value is not configured: the assistant may use both.
 */
export function idcrlProxy(state: ClientState): IdcrlProxy | undefined {
  const flags = effectivePolicy(state.admin.policies, 'httpProxyControlFlags');
  if (flags === undefined) return undefined;
  return { namedProxy: (flags & 0x1) === 0, sipHttpsProxy: (flags & 0x2) === 0 };
}

/** The authenticate request's `idcrlProxy` field: present only when HttpProxyControlFlags is configured. */
export const idcrlProxyField = (state: ClientState): { idcrlProxy?: IdcrlProxy } => {
  const choice = idcrlProxy(state);
  return choice ? { idcrlProxy: choice } : {};
};
