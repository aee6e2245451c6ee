import type { Driver } from '../drivers/driver';
import type { FakeWorld } from '../fakes';

/**
 * What a phrase acts on: one scenario's fake world and the driver that runs Lync in it, and which of Lync's messages a
 * step has checked (the After hook fails a scenario that left one unchecked). Cucumber's World, exploration's sides and
 * the playground each hold a Stage.
 */
export interface Stage {
  readonly fake: FakeWorld;
  readonly driver: Driver;
  readonly checkedMessages: Set<string>;
}

/** A Stage over a world and driver already started (exploration and the playground). */
export function stageOf(fake: FakeWorld, driver: Driver): Stage {
  return { fake, driver, checkedMessages: new Set<string>() };
}
