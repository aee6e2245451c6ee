import type { ClientState } from './client-state';
import { effectivePolicy } from './administration';

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
