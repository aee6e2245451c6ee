import * as world from '../checks/world-checks';
import * as fault from '../tasks/fault-tasks';
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
  phrase('options.closed-lync-keeps-no-taskbar-button-lync', 'Given', 'a closed Lync keeps no taskbar button in Lync', (stage: Stage) =>
    fault.closedTaskbarButton(stage, false),
  ),
  phrase('options.closed-lync-keeps-its-taskbar-button-lync', 'When', 'a closed Lync keeps its taskbar button in Lync', (stage: Stage) =>
    fault.closedTaskbarButton(stage, true),
  ),
];
