import { World, setWorldConstructor, type IWorldOptions } from '@cucumber/cucumber';
import type { Driver } from '../../src/drivers/driver';
import type { FakeWorld } from '../../src/fakes';
import type { Stage } from '../../src/harness/stage';

/** The Cucumber world of one scenario: the fake world, the run's driver, and which messages a step has checked. */
export class SimWorld extends World implements Stage {
  #fake: FakeWorld | null = null;
  #driver: Driver | null = null;
  readonly checkedMessages = new Set<string>();
  /** Set once the timeline is attached (at the last step run, or by the After hook when no step ran). */
  timelineAttached = false;

  constructor(options: IWorldOptions) {
    super(options);
  }

  begin(fake: FakeWorld, driver: Driver): void {
    this.#fake = fake;
    this.#driver = driver;
  }

  get fake(): FakeWorld {
    if (!this.#fake) throw new Error('The fake world is not set up: the Before hook did not run');
    return this.#fake;
  }

  get driver(): Driver {
    if (!this.#driver) throw new Error('No driver: the Before hook did not run');
    return this.#driver;
  }

  get started(): boolean {
    return this.#fake !== null;
  }
}

setWorldConstructor(SimWorld);
