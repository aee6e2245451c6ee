import * as signOn from '../checks/sign-on-checks';
import { assume } from '../scenario-assumptions';
import * as fault from '../tasks/fault-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const signOnPhrases: readonly Phrase[] = [
  phrase(
    'sign-on.organization-signs-office-365-single-sign-through',
    'Given',
    'the organization signs in to Office 365 with single sign-on through AD FS',
    (stage: Stage) => fault.singleSignOn(stage, true),
  ),
  phrase(
    'sign-on.organization-signs-office-365-passwords-kept-cloud',
    'When',
    'the organization signs in to Office 365 with passwords kept in the cloud',
    (stage: Stage) => fault.singleSignOn(stage, false),
  ),
  phrase(
    'sign-on.windows-account-domain-account',
    'Given',
    'the Windows account of {person} on {computer} is a domain account',
    (stage: Stage, p: string, c: string) => fault.domainAccount(stage, p, c, true),
  ),
  phrase(
    'sign-on.windows-account-local-account',
    'When',
    'the Windows account of {person} on {computer} is a local account',
    (stage: Stage, p: string, c: string) => fault.domainAccount(stage, p, c, false),
  ),
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
