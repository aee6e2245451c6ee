import * as transition from '../checks/transition-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const transitionPhrases: readonly Phrase[] = [
  phrase(
    'transition.lync-read-credential-cache-only-sign-address',
    'Then',
    "Lync read the credential cache of {person} on {computer} only for {person}'s sign-in address",
    (stage: Stage, h: string, c: string, p: string) => {
      transition.cacheReadOnlyFor(stage, h, c, p);
    },
  ),
];
