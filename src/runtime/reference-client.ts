import {
  initialState,
  sdkClientState,
  transition as referenceTransition,
  view as referenceView,
  type ClientConfig,
  type ClientEffect,
  type ClientEvent,
  type ClientState,
  type ClientView,
  type SdkClientState,
  type StepResult,
} from '../simulator';
import type { ClientLauncher, ClientProcess, Platform } from './platform';

/** The parts of the reference client a variant (a mutant) may replace. */
export interface ClientParts {
  readonly transition: (state: ClientState, event: ClientEvent) => StepResult;
  readonly view: (state: ClientState) => ClientView;
  /** SO-12: what SDK applications attached to the client observe. */
  readonly sdkState: (state: ClientState) => SdkClientState | null;
}

export const referenceParts: ClientParts = { transition: referenceTransition, view: referenceView, sdkState: sdkClientState };

const maxEventsPerDelivery = 1000;

/** The thin shell around the pure reference client: it performs effects through the platform's ports. */
export class ReferenceClient implements ClientProcess {
  #state: ClientState;
  #lastView = '';
  #lastSdkState: SdkClientState | null = null;

  constructor(
    private readonly platform: Platform,
    config: ClientConfig,
    private readonly parts: ClientParts,
  ) {
    this.#state = initialState(config);
  }

  get state(): ClientState {
    return this.#state;
  }

  async deliver(event: ClientEvent): Promise<void> {
    const queue: ClientEvent[] = [event];
    for (let n = 0; queue.length > 0; n++) {
      if (n >= maxEventsPerDelivery) throw new Error('ReferenceClient: an event kept causing events; the transition function is looping');
      const next = this.parts.transition(this.#state, queue.shift() as ClientEvent);
      // The view and the SDK state are functions of the state: an unchanged state has nothing new to show.
      const changed = next.state !== this.#state;
      this.#state = next.state;
      if (changed) this.#publish();
      for (const effect of next.effects) {
        const answer = this.#perform(effect);
        if (answer) queue.push(answer);
      }
    }
  }

  async kill(): Promise<void> {
    this.#state = { ...this.#state, phase: 'exited' };
  }

  #publish(): void {
    const sdk = this.parts.sdkState(this.#state);
    if (sdk && sdk !== this.#lastSdkState) {
      this.#lastSdkState = sdk;
      this.platform.reportSdkState(sdk);
    }
    const current = this.parts.view(this.#state);
    const text = JSON.stringify(current);
    if (text === this.#lastView) return;
    this.#lastView = text;
    this.platform.render(current);
  }

  #perform(effect: ClientEffect): ClientEvent | null {
    const p = this.platform;
    switch (effect.type) {
      case 'settings.read':
        return { type: 'settings.loaded', settings: p.readSettings(), admin: p.readAdmin() };
      case 'credentials.read':
        return { type: 'credentials.loaded', entry: p.readCredentials(effect.address) };
      case 'contacts.readCache':
        return { type: 'contacts.cacheLoaded', damaged: p.readContactCache(effect.address) };
      case 'outlook.readDefaultProfile':
        return { type: 'outlook.profileLoaded', profile: p.readOutlookProfile() };
      case 'contacts.writeCache':
        p.writeContactCache(effect.address, effect.contacts);
        return null;
      case 'settings.write':
        p.writeSettings(effect.patch);
        return null;
      case 'runEntry.set':
        p.setRunAtLogon(effect.enabled);
        return null;
      case 'credentials.write':
        p.writeCredentials(effect.entry);
        return null;
      case 'credentials.delete':
        p.deleteCredentials(effect.address);
        return null;
      case 'net.request':
        p.request(effect.requestId, effect.request);
        return null;
      case 'timer.set':
        p.setTimer(effect.name, effect.ms, effect.random === true);
        return null;
      case 'timer.clear':
        p.clearTimer(effect.name);
        return null;
      case 'desktop.alert':
        p.alert(effect.title, effect.text);
        return null;
      case 'connection.write':
        p.writeConnection(effect.connection);
        return null;
      case 'log.write':
        p.writeLog(effect.line);
        return null;
      case 'log.upload':
        p.uploadLog(effect.address, effect.failure);
        return null;
      case 'process.exit':
        p.exit();
        return null;
      default:
        // The types rule this out; an effect of no known type is a bug in the client, not something to skip.
        throw new Error(`ReferenceClient: the client asked for an effect of no known type: ${JSON.stringify(effect)}`);
    }
  }
}

/** Launches the reference client (or a variant of it) in this process. */
export function referenceLauncher(
  config: Omit<ClientConfig, 'version'> | (() => Omit<ClientConfig, 'version'>),
  parts: ClientParts = referenceParts,
): ClientLauncher {
  return async (platform, identity) => {
    const now = typeof config === 'function' ? config() : config;
    return new ReferenceClient(platform, { ...now, version: identity.version }, parts);
  };
}
