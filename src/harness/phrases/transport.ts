import * as transport from '../checks/transport-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const transportPhrases: readonly Phrase[] = [
  phrase(
    'transport.lync-registered-over',
    'Then',
    'Lync on {computer} registered {person} over {string}',
    (stage: Stage, c: string, p: string, over: string) => {
      transport.registrationTransports(stage, p, c, over.split(', then '));
    },
  ),
];
