import { lyncIs, type LyncWhereabouts } from '../checks/leave-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const leavingPhrases: readonly Phrase[] = [
  phrase(
    'leaving.lync',
    'Then',
    'Lync of {person} on {computer} is {lync whereabouts}',
    (stage: Stage, p: string, c: string, where: LyncWhereabouts) => lyncIs(stage, p, c, where),
  ),
];
