import type { ClientState } from './client-state';

/**
 * SO-12 / FS-12: the client's state as an application using the Lync 2013 SDK observes it (`LyncClient.State`, the
 * SDK's ClientState names, S20). The UI and every SDK application share one client, so they see one state.
 */
export type SdkClientState = 'SignedOut' | 'SigningIn' | 'SignedIn' | 'ShuttingDown';

/**
 * What SDK applications attached to this client observe; null while the process starts, before it has anything to tell
 * (an SDK application attaches only to a started client). While reconnecting: the assumption `sdkStateWhileReconnecting`.
 */
export function sdkClientState(state: ClientState): SdkClientState | null {
  switch (state.phase) {
    case 'starting':
      return null;
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
