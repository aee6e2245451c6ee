import type { ClientState } from './client-state';

/**
 * SO-12 / FS-12: the client's state as an application using the Lync 2013 SDK observes it (`LyncClient.State`, the
 * SDK's ClientState names, S20). The UI and every SDK application share one client, so they see one state.
 */
export type SdkClientState = 'Uninitialized' | 'SignedOut' | 'SigningIn' | 'SignedIn' | 'ShuttingDown';

/**
 * What SDK applications attached to this client observe. While reconnecting: the assumption `sdkStateWhileReconnecting`.
 * `starting` lasts only while the process handles its start (settings and credentials are read at once), before any
 * SDK application can attach.
 */
export function sdkClientState(state: ClientState): SdkClientState {
  switch (state.phase) {
    case 'starting':
      return 'Uninitialized';
    case 'signingIn':
      return 'SigningIn';
    case 'signedIn':
      return 'SignedIn';
    case 'reconnecting':
      return state.config.assumptions.sdkStateWhileReconnecting;
    case 'signedOut':
      return 'SignedOut';
    case 'exited':
      return 'ShuttingDown';
  }
}
