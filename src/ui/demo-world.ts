import { FakeWorld } from '../fakes';
import { setUpSentences } from '../harness/sentences';
import { referenceLauncher } from '../runtime/reference-client';
import { phaseTable } from '../simulator';

export interface DemoWorld {
  readonly world: FakeWorld;
  /** The set-up as Given steps, the first lines of "copy as Gherkin". */
  readonly setUp: readonly string[];
}

/**
 * The playground's starting point, like the features' Background: Alice and Bob have Office 365 accounts,
 * Alice is logged on to PC1 and Bob to PC2 on the organization's network, and Lync is installed for both on both
 * computers (after logon, so Lync waits to be started from the Start menu). The reference client runs Lync.
 */
export async function demoWorld(seed = 2013): Promise<DemoWorld> {
  const world = new FakeWorld({ seed });
  world.os.launcher = referenceLauncher(() => ({ assumptions: world.assumptions, phaseTable }));
  const people = [world.addPerson('Alice'), world.addPerson('Bob')];
  const computers = ['PC1', 'PC2'];
  const setUp = people.map((p) => setUpSentences.account(p.name));
  for (const [i, person] of people.entries()) {
    const computer = computers[i] ?? 'PC1';
    await world.os.logOn(world.computer(computer), person.windowsUser);
    setUp.push(setUpSentences.loggedOnVia(person.name, computer, 'organization'));
  }
  for (const person of people) {
    for (const computer of computers) {
      world.install(computer, person);
      setUp.push(setUpSentences.installed(person.name, computer));
    }
  }
  await world.settle();
  return { world, setUp };
}
