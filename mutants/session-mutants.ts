import type { Mutant } from './mutant';
import { rewriting, without } from './mutant';

const isPublish = (e: { type: string; request?: { kind: string } }): boolean => e.type === 'net.request' && e.request?.kind === 'publish';

/** Mutants of the Windows session lifecycle: sleep and resume, fast user switching. */
export const sessionMutants: readonly Mutant[] = [
  rewriting(
    'reconnect-forgets-lock',
    'NR-13: after a reconnect (resume from sleep) a locked session shows Available',
    (before, _event, after) => (before.phase === 'reconnecting' && after.state.phase === 'signedIn' ? without(after, isPublish) : after),
  ),
  rewriting('unlock-keeps-away', 'NR-13: unlocking (or switching back to the session) leaves the user Away', (_before, event, after) =>
    event.type === 'os.sessionLocked' && !event.locked ? without(after, isPublish) : after,
  ),
];
