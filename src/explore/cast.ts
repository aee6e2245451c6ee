import fc from 'fast-check';
import { setUpSentences } from '../harness/sentences';

/** Who and what a generated history starts with: Office 365 people, computers, and where Lync is installed. */
export interface Cast {
  readonly people: readonly string[];
  readonly computers: readonly string[];
  /** [person, computer]: Lync installed from the portal for that person's Windows user on that computer. */
  readonly installs: readonly (readonly [string, string])[];
  /** People whose installer left the sign-in address box empty on that computer. */
  readonly emptyAddress: readonly (readonly [string, string])[];
  /** [person, computer]: logged on to Windows before the history starts. */
  readonly loggedOn: readonly (readonly [string, string])[];
}

const names = ['Alice', 'Bob', 'Carol'];
const pcs = ['PC1', 'PC2'];

/** One to three people and one or two computers; each person has Lync on at least one computer. */
export const castArbitrary: fc.Arbitrary<Cast> = fc
  .record({
    people: fc.integer({ min: 1, max: names.length }),
    computers: fc.integer({ min: 1, max: pcs.length }),
    extra: fc.array(fc.tuple(fc.nat(names.length - 1), fc.nat(pcs.length - 1)), { maxLength: 3 }),
    empty: fc.array(fc.tuple(fc.nat(names.length - 1), fc.nat(pcs.length - 1)), { maxLength: 1 }),
    away: fc.array(fc.nat(names.length * pcs.length), { maxLength: 2 }),
  })
  .map(({ people, computers, extra, empty, away }) => {
    const ps = names.slice(0, people);
    const cs = pcs.slice(0, computers);
    const key = (p: string, c: string) => `${p}/${c}`;
    const installs = new Map<string, readonly [string, string]>();
    ps.forEach((p, i) => installs.set(key(p, cs[i % cs.length] as string), [p, cs[i % cs.length] as string]));
    for (const [p, c] of extra) {
      const person = ps[p % ps.length] as string;
      const computer = cs[c % cs.length] as string;
      installs.set(key(person, computer), [person, computer]);
    }
    const emptyAddress = empty
      .map(([p, c]) => [ps[p % ps.length] as string, cs[c % cs.length] as string] as const)
      .filter(([p, c]) => installs.has(key(p, c)));
    const all = [...installs.values()];
    const loggedOn = all.filter((_, i) => !away.some((a) => a % all.length === i));
    return { people: ps, computers: cs, installs: all, emptyAddress, loggedOn };
  });

/** The Given steps that build the cast, written by the phrasebook. */
export function castSteps(cast: Cast): string[] {
  return [
    ...cast.people.map((p) => setUpSentences.account(p)),
    ...cast.installs.map(([p, c]) => setUpSentences.installed(p, c)),
    ...cast.emptyAddress.map(([p, c]) => setUpSentences.emptyAddress(p, c)),
    ...cast.loggedOn.map(([p, c]) => setUpSentences.logsOn(p, c)),
  ];
}
