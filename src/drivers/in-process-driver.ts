import type { DesktopAction, DesktopSnapshot, FakeWorld } from '../fakes';
import { referenceLauncher, type ClientParts } from '../runtime/reference-client';
import { phaseTable } from '../simulator';
import type { Driver } from './driver';

/** Runs the reference client (or a variant of it) inside the test process, and acts on the fake desktop directly. */
export class InProcessDriver implements Driver {
  readonly name = 'in-process';
  #world: FakeWorld | null = null;

  constructor(private readonly parts?: ClientParts) {}

  async start(world: FakeWorld): Promise<void> {
    this.#world = world;
    world.os.launcher = referenceLauncher(() => ({ assumptions: world.assumptions, phaseTable }), this.parts);
  }

  async perform(computer: string, windowsUser: string, action: DesktopAction): Promise<void> {
    const world = this.#require();
    await world.os.act(world.computer(computer), windowsUser, action);
    await world.settle();
  }

  async observe(computer: string, windowsUser: string): Promise<DesktopSnapshot> {
    const world = this.#require();
    return world.os.snapshot(world.computer(computer), windowsUser);
  }

  notApplicable(): string | null {
    return null;
  }

  async stop(): Promise<void> {
    await this.#world?.stop();
    this.#world = null;
  }

  async close(): Promise<void> {}

  #require(): FakeWorld {
    if (!this.#world) throw new Error('InProcessDriver: start() was not called for this scenario');
    return this.#world;
  }
}
