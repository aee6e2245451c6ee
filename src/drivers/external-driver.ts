import { emptyView, type DesktopAction, type DesktopSnapshot, type FakeWorld } from '../fakes';
import { SecretBook } from '../protocol';
import type { Driver } from './driver';
import { clientCommand, type ClientCommand } from './external/client-command';
import type { ClientFault } from './external/client-fault';
import { clientLimits, type ClientLimits } from './external/client-limits';
import { RemoteClientProcess } from './external/remote-client-process';
import { ScenarioBudget } from './external/scenario-budget';
import { ExchangeTrace } from './external/exchange-trace';
import { appendTrace } from './external/trace-file';
import { WarmSpare } from './external/warm-spare';
import { firstDifference } from './external/view-difference';

/** What the harness may tell a driver about the scenario it starts (for failure messages). */
export interface ScenarioInfo {
  readonly name: string;
  /** Where the scenario is (its feature file and line), for the recorded exchange. */
  readonly uri?: string;
  readonly line?: number;
}

const stepMark = '▶ ';

/**
 * The `external` profile: every time the simulated user starts Lync (Start menu, or the Run entry at logon), the
 * client's command runs as a real process that speaks the client protocol (docs/client-protocol.md) on its stdin
 * and stdout, and lives entirely in the fake world. The end of the process is the end of the program.
 *
 * The user's actions and the observations go through the fake OS and desktop, exactly as in-process; only the
 * program differs. A client that crashes, hangs, writes garbage, breaks the protocol or floods stderr fails the
 * scenario with a message naming the client, the scenario, the step and the cause, and is killed with its whole
 * process group; the run goes on.
 */
export class ExternalDriver implements Driver {
  readonly name = 'external';
  #world: FakeWorld | null = null;
  #scenario: string | null = null;
  #processes: RemoteClientProcess[] = [];
  #faults: ClientFault[] = [];
  #trace: ExchangeTrace | null = null;
  #where: { readonly uri: string; readonly line: number } = { uri: '', line: 0 };
  readonly #spare: WarmSpare | null;

  /**
   * @param command the client (SIGNIN_CLIENT, else the reference client host); @param limits real-time and size limits
   * @param warm keep clients started ahead ({@link WarmSpare}), for a run of many scenarios; {@link close} ends them
   */
  constructor(
    private readonly command: ClientCommand = clientCommand(),
    private readonly limits: ClientLimits = clientLimits(),
    warm = false,
  ) {
    this.#spare = warm ? new WarmSpare(command, limits) : null;
  }

  async start(world: FakeWorld, scenario?: ScenarioInfo): Promise<void> {
    this.#world = world;
    this.#scenario = scenario?.name ?? null;
    const processes: RemoteClientProcess[] = [];
    const faults: ClientFault[] = [];
    this.#processes = processes;
    this.#faults = faults;
    const book = new SecretBook(() => world.secrets);
    const trace = new ExchangeTrace((text) => book.redact(world.timeline.redact(text)));
    this.#trace = trace;
    this.#where = { uri: scenario?.uri ?? '', line: scenario?.line ?? 0 };
    const setting = {
      command: this.command,
      limits: this.limits,
      budget: new ScenarioBudget(this.limits),
      // Read at each start of Lync: a step may change the scenario's assumptions after start().
      env: () => ({ ...process.env, SIGNIN_ASSUMPTIONS: JSON.stringify(world.assumptions) }),
      book,
      scenario: () => this.#scenario,
      step: () => currentStep(world),
      redact: (text: string) => book.redact(world.timeline.redact(text)),
      onFault: (fault: ClientFault) => void faults.push(fault),
      trace,
      spare: this.#spare ? (env: NodeJS.ProcessEnv) => this.#spare?.take(env) ?? null : undefined,
    };
    world.os.launcher = async (platform, identity) => {
      const client = new RemoteClientProcess(setting, platform, identity);
      processes.push(client);
      try {
        await client.initialize();
      } finally {
        // The first start fills the spares (a taken spare has its successor started already).
        this.#spare?.refill();
      }
      return client;
    };
  }

  async perform(computer: string, windowsUser: string, action: DesktopAction): Promise<void> {
    const world = this.#require();
    this.#throwUnreported();
    await world.os.act(world.computer(computer), windowsUser, action);
    await world.settle();
    this.#throwUnreported();
  }

  async observe(computer: string, windowsUser: string): Promise<DesktopSnapshot> {
    const world = this.#require();
    this.#throwUnreported();
    const session = world.computer(computer).session(windowsUser);
    for (const p of world.computer(computer).running(windowsUser)) {
      if (!(p.client instanceof RemoteClientProcess)) continue;
      const own = await p.client.screen();
      const rendered = session.desktop.viewOf(p.pid) ?? emptyView;
      const difference = own === null ? null : firstDifference(own, rendered);
      if (difference)
        throw p.client.reject({ kind: 'screen mismatch', detail: `client/screen vs its last desktop.render differ at ${difference}` });
    }
    return world.os.snapshot(world.computer(computer), windowsUser);
  }

  notApplicable(): string | null {
    return null;
  }

  /** Ends the scenario's processes (every one of them, with their process groups), then fails if a fault went unreported. */
  async stop(): Promise<void> {
    const processes = this.#processes;
    try {
      await this.#world?.stop();
    } finally {
      await Promise.all(processes.map((p) => p.kill()));
      if (this.#trace && this.#scenario !== null) appendTrace(this.#trace.recorded(this.#where.uri, this.#where.line, this.#scenario));
      this.#trace = null;
      this.#world = null;
      this.#processes = [];
    }
    this.#throwUnreported();
  }

  async close(): Promise<void> {
    await this.#spare?.close();
    await Promise.all(this.#processes.map((p) => p.kill()));
    this.#processes = [];
  }

  #throwUnreported(): void {
    const fault = this.#faults.find((f) => !f.reported);
    if (!fault) return;
    fault.reported = true;
    throw fault;
  }

  #require(): FakeWorld {
    if (!this.#world) throw new Error('ExternalDriver: start() was not called for this scenario');
    return this.#world;
  }
}

function currentStep(world: FakeWorld): string | null {
  const entries = world.timeline.entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const text = entries[i]?.text;
    if (text?.startsWith(stepMark)) return text.slice(stepMark.length);
  }
  return null;
}
