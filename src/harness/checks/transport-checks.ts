import type { Stage } from '../stage';
import { verify } from './mismatch';

const words = { tls: 'TLS', http: 'HTTP' } as const;

/** FS-16: the transports of the registrations this person's Lync sent from a computer, in order, as the network carried them. */
export function registrationTransports(w: Stage, name: string, computer: string, expected: readonly string[]): void {
  const found = w.fake.network
    .sentFrom(computer, w.fake.person(name).windowsUser)
    .filter((r) => r.kind === 'register')
    .map((r) => words[r.transport ?? 'tls']);
  verify(
    `the registrations of ${name}'s Lync on ${computer}`,
    found,
    (t) => t.to.deep.equal(expected),
    (f) => ({ expected: `over ${expected.join(', then ')}`, found: f.length ? `over ${f.join(', then ')}` : 'none' }),
  );
}
