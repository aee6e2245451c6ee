import type { Authentication, PresentedCredential, RefusalReason } from '../../fakes/identity-provider-log';
import type { Stage } from '../stage';
import { listed, verify } from './mismatch';

/** Questions to the identity provider's record: which credential each sign-in presented, and what became of it. */

const said = (a: Pick<Authentication, 'credential' | 'from' | 'accepted' | 'reason'>) =>
  `${a.credential} from ${a.from} ${a.accepted ? 'accepted' : `refused (${a.reason ?? '?'})`}`;
const recordOf = (w: Stage, name: string) => w.fake.service.identityProvider.of(w.fake.person(name).address);
const found = (entries: readonly Authentication[]) =>
  entries.length === 0 ? 'it recorded nothing' : `it recorded ${listed(entries.map(said))}`;

/** How many times Lync presented `name`'s `credential` and the identity provider refused it for `reason`. */
export function refusals(w: Stage, name: string, credential: PresentedCredential, reason: RefusalReason, count: number): void {
  const entries = recordOf(w, name);
  const n = entries.filter((a) => a.from === 'Lync' && a.credential === credential && !a.accepted && a.reason === reason).length;
  verify(
    `the identity provider, for ${name}`,
    n,
    (t) => t.to.equal(count),
    () => ({ expected: `Lync's ${credential} refused ${count} time(s) (${reason})`, found: found(entries) }),
  );
}

/** The last time Lync presented `name`'s `credential`, the identity provider took it (or refused it for `reason`). */
export function lastFromLync(w: Stage, name: string, credential: PresentedCredential, reason: RefusalReason | null): void {
  const entries = recordOf(w, name);
  const last = entries.filter((a) => a.from === 'Lync' && a.credential === credential).at(-1);
  verify(
    `the identity provider, for ${name}`,
    last === undefined ? 'nothing' : said(last),
    (t) => t.to.equal(said({ from: 'Lync', credential, accepted: reason === null, reason })),
    () => ({ expected: `the last ${credential} from Lync ${reason === null ? 'accepted' : `refused (${reason})`}`, found: found(entries) }),
  );
}

/** S28: the portal took the password change (after refusing the expired one for anything else, when it had expired). */
export function changedOnPortal(w: Stage, name: string): void {
  const entries = recordOf(w, name);
  const changed = entries.some((a) => a.from === 'the Office 365 portal' && a.accepted);
  verify(
    `the identity provider, for ${name}`,
    changed,
    (t) => t.to.equal(true),
    () => ({ expected: 'a new password accepted from the Office 365 portal', found: found(entries) }),
  );
}

/**
 * FS-05 / TE-07: the user ID and the kind of credential the last sign-in from a computer presented, as the identity
 * provider (or, for a saved certificate, the registrar) recorded them.
 */
export function lastPresented(w: Stage, computer: string, userId: string, credential: PresentedCredential): void {
  const last = w.fake.service.identityProvider.lastFrom(computer);
  verify(
    `the identity provider's record of the last sign-in from ${computer}`,
    last ? `${last.userId} with ${last.credential}` : 'nothing presented',
    (t) => t.to.equal(`${userId} with ${credential}`),
    (f) => ({ expected: `${userId} with ${credential}`, found: f }),
  );
}
