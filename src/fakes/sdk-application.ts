import type { SdkClientState } from '../simulator';
import type { Computer } from './computer';
import type { LyncProcess } from './lync-process';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';
import { deliverTo } from './process-delivery';

/** One state an SDK application saw the client in, and when (virtual ms since the scenario started). */
export interface ObservedState {
  readonly at: number;
  readonly state: SdkClientState;
}

/**
 * SO-12: an application using the Lync 2013 SDK, running in a Windows user's session. It attaches to the Lync client
 * already running there (LyncClient.GetClient) and so shares its one SIP endpoint: it observes the client's state and
 * may sign it out, for the UI as well (S20). Ground truth: every state it observed.
 */
export class SdkApplication {
  readonly observed: ObservedState[] = [];

  constructor(
    readonly computer: string,
    readonly windowsUser: string,
    private readonly lync: LyncProcess,
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  /** The client's state now, as the application sees it; null when the client never told it. */
  get state(): SdkClientState | null {
    return this.observed.at(-1)?.state ?? null;
  }

  observe(state: SdkClientState): void {
    if (state === this.state) return;
    this.observed.push({ at: this.clock.elapsed(), state });
    this.timeline.record(
      `the Lync SDK application of ${this.timeline.name(this.windowsUser)} on ${this.computer} sees the client ${state}`,
      {
        lane: `Lync on ${this.computer}`,
      },
    );
  }

  /** BeginSignOut: the shared client signs out, for every process using it (SO-12), or cancels a sign-in (SO-13). */
  async signOut(): Promise<void> {
    this.timeline.record(`the Lync SDK application of ${this.timeline.name(this.windowsUser)} on ${this.computer} signs the client out`, {
      lane: `Lync on ${this.computer}`,
    });
    if (this.lync.running) await deliverTo(this.lync, { type: 'sdk.signOut' });
  }
}

/** The SDK applications started in the world, one per Windows session at most. */
export class SdkApplications {
  readonly #apps = new Map<string, SdkApplication>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  /** Starts the application in the user's session; it attaches to the Lync client running there. */
  start(computer: Computer, windowsUser: string): SdkApplication {
    const lync = computer.running(windowsUser)[0];
    if (!lync)
      throw new Error(
        `no Lync runs for ${windowsUser} on ${computer.name}: an SDK application attaches to the running client (start Lync first)`,
      );
    const app = new SdkApplication(computer.name, windowsUser, lync, this.clock, this.timeline);
    this.timeline.record(`${this.timeline.name(windowsUser)} starts an application that uses the Lync SDK on ${computer.name}`);
    const before = lync.onSdkState;
    lync.onSdkState = (state) => {
      before?.(state);
      app.observe(state);
    };
    if (lync.sdkState !== undefined) app.observe(lync.sdkState);
    this.#apps.set(`${computer.name}/${windowsUser}`, app);
    return app;
  }

  /** Every SDK application started, in the order they started. */
  all(): SdkApplication[] {
    return [...this.#apps.values()];
  }

  has(computer: string, windowsUser: string): boolean {
    return this.#apps.has(`${computer}/${windowsUser}`);
  }

  of(computer: string, windowsUser: string): SdkApplication {
    const app = this.#apps.get(`${computer}/${windowsUser}`);
    if (!app)
      throw new Error(
        `no SDK application runs for ${windowsUser} on ${computer}; add "Given ... starts an application that uses the Lync SDK on ..."`,
      );
    return app;
  }
}
