import * as signOn from '../checks/sign-on-checks';
import { assume } from '../scenario-assumptions';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const signOnPhrases: readonly Phrase[] = [
  phrase(
    'sign-on.lync-signed-windows-credentials-sending-no-password',
    'Then',
    'Lync on {computer} signed {person} in with her Windows credentials, sending no password',
    (stage: Stage, c: string, p: string) => {
      signOn.signedInWithWindowsCredentials(stage, p, c);
    },
  ),
  phrase(
    'sign-on.lync-never-offered-windows-credentials',
    'Then',
    'Lync on {computer} never offered the Windows credentials of {person}',
    (stage: Stage, c: string, p: string) => {
      signOn.neverOfferedWindowsCredentials(stage, p, c);
    },
  ),
  phrase(
    'sign-on.last-sign-identity-provider-offered-windows-credentials',
    'Then',
    'the last sign-in of {person} to the identity provider from {computer} offered her Windows credentials',
    (stage: Stage, p: string, c: string) => {
      signOn.lastSignInWithWindowsCredentials(stage, p, c);
    },
  ),
  phrase(
    'sign-on.lync-answers-turned-down-windows-credentials-password',
    'Given',
    'Lync answers turned-down Windows credentials with the password box and the wrong-password message',
    (stage: Stage) => {
      assume(stage, 'windowsCredentialsTurnedDown', 'password box and message');
    },
  ),
];
