import * as world from '../checks/world-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const optionsPhrases: readonly Phrase[] = [
  phrase(
    'options.only-name-lync-looked-up-dns-was',
    'Then',
    'the only name Lync looked up in DNS was {string}',
    (stage: Stage, name: string) => {
      world.dnsLookupsWere(stage, [name]);
    },
  ),
];
