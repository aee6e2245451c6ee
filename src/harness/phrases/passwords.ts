import * as idp from '../checks/identity-provider-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

/** TE-13, TE-14: what the identity provider recorded of each password and certificate presented (the ground truth). */
export const passwordsPhrases: readonly Phrase[] = [
  phrase(
    'passwords.password-refused-expired',
    'Then',
    "the identity provider refused {person}'s password {int} time(s) because it has expired",
    (stage: Stage, p: string, n: number) => {
      idp.refusals(stage, p, 'password', 'password expired', n);
    },
  ),
  phrase(
    'passwords.certificate-refused-expired',
    'Then',
    "the identity provider refused {person}'s saved certificate because her/his password has expired",
    (stage: Stage, p: string) => {
      idp.lastFromLync(stage, p, 'certificate', 'password expired');
    },
  ),
  phrase(
    'passwords.certificate-refused-changed',
    'Then',
    "the identity provider refused {person}'s saved certificate because her/his password was changed",
    (stage: Stage, p: string) => {
      idp.lastFromLync(stage, p, 'certificate', 'password changed since the certificate was issued');
    },
  ),
  phrase(
    'passwords.certificate-accepted',
    'Then',
    "the identity provider accepted {person}'s saved certificate",
    (stage: Stage, p: string) => {
      idp.lastFromLync(stage, p, 'certificate', null);
    },
  ),
  phrase(
    'passwords.password-accepted',
    'Then',
    "the identity provider accepted {person}'s password from Lync",
    (stage: Stage, p: string) => {
      idp.lastFromLync(stage, p, 'password', null);
    },
  ),
  phrase(
    'passwords.changed-on-portal',
    'Then',
    "the identity provider recorded {person}'s new password from the Office 365 portal",
    (stage: Stage, p: string) => {
      idp.changedOnPortal(stage, p);
    },
  ),
];
