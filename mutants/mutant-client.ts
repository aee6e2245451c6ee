import { InProcessDriver } from '../src/drivers/in-process-driver';
import type { ClientUnderTest } from '../src/explore/history-run';
import { allMutants, mutantParts } from '.';

/** A mutant of the reference client, in this process, as exploration's client under test. */
export function mutantClient(name: string): ClientUnderTest {
  if (!allMutants.some((m) => m.name === name)) throw new Error(`no mutant "${name}"; known: ${allMutants.map((m) => m.name).join(', ')}`);
  return { name: `mutant ${name}`, driver: () => new InProcessDriver(mutantParts(name)), verifyEnv: { SIGNIN_MUTANT: name } };
}
