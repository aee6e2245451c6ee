import * as installed from '../checks/installation-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const installationPhrases: readonly Phrase[] = [
  phrase('installation.lync-installed-every-user', 'Then', 'Lync is installed on {computer} for every user', (stage: Stage, c: string) => {
    installed.installedForEveryone(stage, c);
  }),
  phrase(
    'installation.lync-2013-start-menu',
    'Then',
    'Lync 2013 is in the Start menu of {person} on {computer}',
    (stage: Stage, p: string, c: string) => {
      installed.inStartMenu(stage, p, c);
    },
  ),
  phrase(
    'installation.lync-installed-current-version',
    'Then',
    'the Lync installed on {computer} is the current version',
    (stage: Stage, c: string) => {
      installed.programVersion(stage, c);
    },
  ),
  phrase(
    'installation.sign-address-box-empty',
    'Then',
    'the sign-in address box of {person} on {computer} is empty',
    (stage: Stage, p: string, c: string) => installed.addressBoxEmpty(stage, p, c),
  ),
];
