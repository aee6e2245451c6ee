import type { FakeWorld } from '../fakes';
import { InProcessDriver } from '../drivers/in-process-driver';
import { stageOf, type Stage } from '../harness/stage';

const stages = new WeakMap<FakeWorld, Stage>();

/**
 * The playground's world as a Stage for the phrases: the in-process driver (the reference client, acting on the fake
 * desktops directly, as the playground does), one per world. The world is the playground's: the stage never stops it.
 */
export async function playgroundStage(world: FakeWorld): Promise<Stage> {
  const known = stages.get(world);
  if (known) return known;
  const driver = new InProcessDriver();
  await driver.start(world);
  const stage = stageOf(world, driver);
  stages.set(world, stage);
  return stage;
}
