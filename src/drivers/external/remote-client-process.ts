import { isCompatible, knownCapabilities, protocolVersion, toWireEvent, type PlatformParams, type SecretBook } from '../../protocol';
import type { ClientProcess, Platform, ProcessIdentity } from '../../runtime/platform';
import type { ClientEvent, ClientView } from '../../simulator';
import type { ClientCommand } from './client-command';
import { ClientConnection } from './client-connection';
import { ClientFault, type FaultCause } from './client-fault';
import type { ClientLimits } from './client-limits';
import { describeEvent } from './describe-event';
import type { ExchangeTrace } from './exchange-trace';
import { platformHandlers, serveCall } from './platform-server';
import type { ProcessGroup } from './process-group';
import type { ScenarioBudget } from './scenario-budget';

/** What a client process needs from the driver of the scenario it runs in. */
export interface ProcessSetting {
  readonly command: ClientCommand;
  readonly limits: ClientLimits;
  /** What the scenario's clients may still use, all of them together. */
  readonly budget: ScenarioBudget;
  /** The client's environment, made at each start (SIGNIN_ASSUMPTIONS: the scenario's assumptions, for the reference host). */
  readonly env: () => NodeJS.ProcessEnv;
  readonly book: SecretBook;
  /** The scenario's name, when the harness said it. */
  readonly scenario: () => string | null;
  /** The step running now (or last), in the feature's words. */
  readonly step: () => string | null;
  readonly redact: (text: string) => string;
  /** Every fault, as it happens, so the driver can fail the scenario even when no step was waiting. */
  readonly onFault: (fault: ClientFault) => void;
  /** The scenario's exchange, normalised (golden exchanges, `--trace`). */
  readonly trace: ExchangeTrace;
  /** A process started ahead for exactly this environment (warm-spare.ts), or null: then one is started now. */
  readonly spare?: (env: NodeJS.ProcessEnv) => ProcessGroup | null;
}

const harness = { name: 'signin-sim', version: '0.1.0' };

/**
 * A Lync process of the fake world whose program is an external client: the fake OS delivers events to it as to
 * any process, and its platform calls arrive over the protocol and are served by the same ports.
 */
export class RemoteClientProcess implements ClientProcess {
  readonly #connection: ClientConnection;
  #name: string;
  #capabilities: readonly string[] = [];
  /** This process's number in the scenario's exchange. */
  readonly #traced: number;

  constructor(
    private readonly setting: ProcessSetting,
    private readonly platform: Platform,
    private readonly identity: ProcessIdentity,
  ) {
    this.#name = setting.command.name ?? setting.command.command;
    const handlers = platformHandlers(platform, setting.book);
    const env = setting.env();
    this.#traced = setting.trace.started(identity, env['SIGNIN_ASSUMPTIONS'], setting.step());
    this.#connection = new ClientConnection(
      setting.command,
      env,
      setting.limits,
      setting.budget,
      {
        serve: (method, params) => {
          setting.trace.called(this.#traced, method, params, setting.step());
          return serveCall(handlers, method, params as PlatformParams<typeof method>);
        },
        fault: (cause, stderr) => this.#fault(cause, stderr),
        ended: () => platform.exit(),
      },
      setting.spare?.(env) ?? null,
    );
  }

  /** Spawns nothing more: sends `initialize` and checks the answer. On failure the process is ended in the fake world too. */
  async initialize(): Promise<void> {
    try {
      const answer = await this.#connection.call(
        'initialize',
        { protocolVersion, identity: { ...this.identity }, harness },
        'initialize',
        this.setting.limits.startTimeoutMs,
      );
      this.#name = this.setting.command.name ?? answer.client.name;
      if (!isCompatible(answer.protocolVersion))
        throw this.#connection.reject({ kind: 'version mismatch', theirs: answer.protocolVersion, ours: protocolVersion });
      this.#capabilities = answer.capabilities;
    } catch (error) {
      this.platform.exit();
      throw error;
    }
  }

  get pid(): number | undefined {
    return this.#connection.pid;
  }

  get alive(): boolean {
    return this.#connection.alive;
  }

  async deliver(event: ClientEvent): Promise<void> {
    if (
      event.type === 'settings.loaded' ||
      event.type === 'credentials.loaded' ||
      event.type === 'contacts.cacheLoaded' ||
      event.type === 'outlook.profileLoaded'
    )
      throw new Error(`${event.type} is an answer to a call, not an event to deliver`);
    const during = `client/deliver (${describeEvent(event)})`;
    const wire = toWireEvent(event, this.setting.book);
    if (this.#connection.alive) this.setting.trace.delivered(this.#traced, wire, this.setting.step());
    await this.#connection.call('client/deliver', { event: wire }, during, this.setting.limits.callTimeoutMs);
  }

  async kill(): Promise<void> {
    await this.#connection.kill();
  }

  /** The client's own view, when it offers `client/screen` and still runs; else null. */
  async screen(): Promise<ClientView | null> {
    if (!this.#capabilities.includes(knownCapabilities.screen) || !this.#connection.alive) return null;
    return (await this.#connection.call('client/screen', {}, 'client/screen', this.setting.limits.callTimeoutMs)).view;
  }

  /** Fails the client for what the harness found (its screen differs from what it rendered). */
  reject(cause: FaultCause): ClientFault {
    return this.#connection.reject(cause);
  }

  #fault(cause: FaultCause, stderr: readonly string[]): ClientFault {
    const { identity } = this;
    const pid = this.#connection?.pid;
    const fault = new ClientFault(
      cause,
      {
        client: this.#name,
        command: this.setting.command.command,
        process: `process ${pid ?? '(not started)'} is lync.exe ${identity.pid} of ${identity.windowsUser} on ${identity.computer}`,
        lync: `${identity.windowsUser} on ${identity.computer}`,
        scenario: this.setting.scenario(),
        step: this.setting.step(),
        stderr,
      },
      this.setting.redact,
    );
    this.setting.onFault(fault);
    return fault;
  }
}
