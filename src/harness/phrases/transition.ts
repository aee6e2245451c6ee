import * as fault from '../tasks/fault-tasks';
import * as transition from '../checks/transition-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const transitionPhrases: readonly Phrase[] = [
  phrase(
    'transition.lync-does-not-sign-itself-after-sign',
    'Given',
    'Lync does not sign in by itself after a Sign Out by hand',
    (stage: Stage) => fault.switchFault(stage, 'no-auto-sign-in-after-sign-out', true),
  ),
  phrase('transition.lync-signs-itself-after-sign-out-hand', 'Given', 'Lync signs in by itself after a Sign Out by hand', (stage: Stage) =>
    fault.switchFault(stage, 'no-auto-sign-in-after-sign-out', false),
  ),
  phrase(
    'transition.delete-my-sign-info-also-empties-sign',
    'Given',
    'Delete my sign-in info also empties the sign-in address in Lync',
    (stage: Stage) => fault.switchFault(stage, 'address-cleared-by-delete', true),
  ),
  phrase(
    'transition.delete-my-sign-info-keeps-sign-address',
    'Given',
    'Delete my sign-in info keeps the sign-in address in Lync',
    (stage: Stage) => fault.switchFault(stage, 'address-cleared-by-delete', false),
  ),
  phrase(
    'transition.lync-read-credential-cache-only-sign-address',
    'Then',
    "Lync read the credential cache of {person} on {computer} only for {person}'s sign-in address",
    (stage: Stage, h: string, c: string, p: string) => {
      transition.cacheReadOnlyFor(stage, h, c, p);
    },
  ),
];
