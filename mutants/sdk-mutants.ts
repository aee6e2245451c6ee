import { referenceParts } from '../src/runtime/reference-client';
import { stay } from '../src/simulator';
import type { Mutant } from './mutant';
import { rewriting } from './mutant';

/** Mutants of the one client the UI and SDK applications share (SO-12). */
export const sdkMutants: readonly Mutant[] = [
  {
    name: 'sdk-signed-in-after-ui-sign-out',
    breaks: 'SO-12: after Sign Out in Lync, SDK applications still see SignedIn, as if they had an endpoint of their own',
    parts: {
      ...referenceParts,
      sdkState: (state) => (state.phase === 'signedOut' && state.saved?.endpoint ? 'SignedIn' : referenceParts.sdkState(state)),
    },
  },
  rewriting('sdk-sign-out-ignored', "SO-12: an SDK application's sign-out leaves Lync signed in", (before, event, after) =>
    event.type === 'sdk.signOut' ? stay(before) : after,
  ),
];
