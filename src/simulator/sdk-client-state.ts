import type { ClientState } from './client-state';

/**
 * SO-12 / FS-12: the client's state as an application using the Lync 2013 SDK observes it (`LyncClient.State`, the
 * SDK's ClientState names, S20). The UI and every SDK application share one client, so they see one state.
 */
export type SdkClientState = 'Uninitialized' | 'SignedOut' | 'SigningIn' | 'SignedIn' | 'ShuttingDown';

export const sdkClientStates: readonly SdkClientState[] = ['Uninitialized', 'SignedOut', 'SigningIn', 'SignedIn', 'ShuttingDown'];

/** What SDK applications attached to this client observe. Reconnecting is the SDK's auto-recover: still SigningIn (S22). */
export function sdkClientState(state: ClientState): SdkClientState {
  switch (state.phase) {
    case 'starting':
      return 'Uninitialized';
    case 'signedOut':
      return 'SignedOut';
    case 'signingIn':
    case 'reconnecting':
      return 'SigningIn';
    case 'signedIn':
      return 'SignedIn';
    case 'exited':
      return 'ShuttingDown';
  }
}
