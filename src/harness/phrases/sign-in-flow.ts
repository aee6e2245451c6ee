import * as evidence from '../checks/admin-checks';
import { assume } from '../scenario-assumptions';
import * as admin from '../tasks/admin-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const signInFlowPhrases: readonly Phrase[] = [
  phrase(
    'sign-in-flow.lync-log-records-no-failure',
    'Then',
    'the Lync log of {person} on {computer} records no failure',
    (stage: Stage, p: string, c: string) => {
      evidence.noLog(stage, p, c);
    },
  ),
  phrase(
    'sign-in-flow.lync-answers-wrong-password-message-alone',
    'Given',
    'Lync answers a wrong password with the message alone',
    (stage: Stage) => {
      assume(stage, 'wrongPasswordOutcome', 'message');
    },
  ),
  phrase(
    'sign-in-flow.lync-answers-wrong-password-credential-dialog-alone',
    'Given',
    'Lync answers a wrong password with the credential dialog alone',
    (stage: Stage) => {
      assume(stage, 'wrongPasswordOutcome', 'credential dialog');
    },
  ),
  phrase(
    'sign-in-flow.lync-says-when-front-end-it-saved',
    'Given',
    'Lync says {string} when the front end it saved no longer answers',
    (stage: Stage, text: string) => {
      assume(stage, 'staleEndpointMessage', text);
    },
  ),
  phrase(
    'sign-in-flow.sets-manual-configuration-leaves-both-server-boxes',
    'When',
    '{person} sets Manual configuration on {computer} and leaves both server boxes empty',
    (stage: Stage, p: string, c: string) => admin.setConnection(stage, p, c, 'manual'),
  ),
];
