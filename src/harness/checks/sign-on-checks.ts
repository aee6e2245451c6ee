import type { Stage } from '../stage';
import { verify } from './mismatch';

/** AS-11: how this person's Lync on a computer asked the identity provider to sign them in, in order. */
function sentWith(w: Stage, name: string, computer: string): string[] {
  return w.fake.network
    .sentFrom(computer, w.fake.person(name).windowsUser)
    .filter((r) => r.kind === 'authenticate')
    .map((r) => (r.windowsCredentials ? 'the Windows credentials' : 'a password'));
}

/** The sign-ins to the identity provider were all with the Windows credentials, and there was one at least. */
export function signedInWithWindowsCredentials(w: Stage, name: string, computer: string): void {
  verify(
    `how ${name}'s Lync on ${computer} signed in to the identity provider`,
    sentWith(w, name, computer),
    (t) => t.to.satisfy((xs: string[]) => xs.length > 0 && xs.every((x) => x === 'the Windows credentials')),
    (f) => ({ expected: 'with the Windows credentials only, no password', found: f.length ? f.join(', then ') : 'it never did' }),
  );
}

/** Lync never offered the Windows credentials: every sign-in to the identity provider, if any, carried a password. */
export function neverOfferedWindowsCredentials(w: Stage, name: string, computer: string): void {
  verify(
    `how ${name}'s Lync on ${computer} signed in to the identity provider`,
    sentWith(w, name, computer),
    (t) => t.to.not.include('the Windows credentials'),
    (f) => ({ expected: 'never with the Windows credentials', found: f.join(', then ') }),
  );
}

/** The latest sign-in to the identity provider offered the Windows credentials. */
export function lastSignInWithWindowsCredentials(w: Stage, name: string, computer: string): void {
  verify(
    `the last sign-in of ${name}'s Lync on ${computer} to the identity provider`,
    sentWith(w, name, computer).at(-1) ?? 'none',
    (t) => t.to.equal('the Windows credentials'),
    (f) => ({ expected: 'with the Windows credentials', found: f === 'none' ? 'there was none' : `with ${f}` }),
  );
}
