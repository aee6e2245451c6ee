import type { Driver } from '../drivers/driver';
import { FakeWorld, type NetworkOrigin } from '../fakes';
import type { NetRequest, NetResponse } from '../simulator';
import { stageOf, type Stage } from '../harness/stage';
import * as setup from '../harness/tasks/setup-tasks';
import * as world from '../harness/tasks/world-tasks';
import { castSteps, type Cast } from './cast';

/** One request a client sent, with its answer, on virtual time. */
export interface SentRequest {
  readonly at: number;
  readonly computer: string;
  readonly windowsUser: string;
  readonly request: NetRequest;
  response: NetResponse | null;
}

/**
 * One of the two worlds of a differential run: a fake world built from the history's seed, the driver that puts a
 * client into it, and every request its clients sent (the network's own record keeps the kind only).
 */
export class Side {
  readonly requests: SentRequest[] = [];
  /** Set by the driver or the history when a step could not be done (a control the client under test lacks). */
  lastError: string | null = null;

  private constructor(
    readonly label: 'subject' | 'reference',
    readonly fake: FakeWorld,
    readonly driver: Driver,
  ) {
    this.stage = stageOf(fake, driver);
    const network = fake.network;
    const send = network.send.bind(network);
    network.send = (origin: NetworkOrigin, request: NetRequest, answer: (r: NetResponse) => Promise<void>) => {
      const record: SentRequest = {
        at: fake.clock.elapsed(),
        computer: origin.computer,
        windowsUser: origin.windowsUser,
        request,
        response: null,
      };
      this.requests.push(record);
      send(origin, request, async (r) => {
        record.response = r;
        await answer(r);
      });
    };
  }

  /** Builds the world exactly as the Given steps of {@link castSteps} would, so a written-out scenario replays it. */
  static async create(label: Side['label'], seed: number, cast: Cast, driver: Driver): Promise<Side> {
    const side = new Side(label, new FakeWorld({ seed }), driver);
    await driver.start(side.fake, { name: `exploration (${label})` });
    const w = side.stage;
    const steps = castSteps(cast);
    const mark = () => side.fake.timeline.record(`▶ ${steps.shift() ?? ''}`);
    for (const p of cast.people) {
      mark();
      world.hasAccount(w, p);
    }
    for (const [p, c] of cast.installs) {
      mark();
      world.installLync(w, p, c);
    }
    for (const [p, c] of cast.emptyAddress) {
      mark();
      setup.clearPreconfiguredAddress(w, p, c);
    }
    for (const [p, c] of cast.loggedOn) {
      mark();
      await world.logOn(w, p, c);
    }
    return side;
  }

  /** What the phrases' tasks act on: this side's fake world and driver. */
  readonly stage: Stage;

  async stop(): Promise<void> {
    await this.driver.stop();
  }
}
