import { defaultAssumptions, Secret, type Assumptions } from '../simulator';
import { Computer } from './computer';
import { Dns, lyncOnlineRecords, microsoftRecords } from './dns';
import { LyncOnline } from './lync-online';
import type { Tenant } from './federation/tenant';
import { Network, type NetworkName } from './network';
import { ExchangeOnline } from './exchange-online/exchange-online';
import { OperatingSystem } from './operating-system';
import { installLyncFromPortal } from './portal-installer';
import { RandomWaits } from './random-waits';
import { SeededRandom } from './seeded-random';
import { SdkApplications } from './sdk-application';
import { newAccount } from './service-account';
import { Timeline } from './timeline';
import { VirtualClock } from './virtual-clock';
import { deliverTo } from './process-delivery';

export interface WorldOptions {
  readonly seed: number;
  readonly assumptions?: Partial<Assumptions>;
  readonly domain?: string;
  /** Virtual time at which the scenario starts. */
  readonly start?: number;
}

/** A person in a scenario: a Windows user name on every computer, and an Office 365 account. */
export interface Person {
  readonly name: string;
  readonly windowsUser: string;
  readonly address: string;
}

/**
 * The fake world one scenario runs in: a virtual clock, computers and their Windows users, the networks and DNS,
 * and Lync Online with the world's own tenant (`domain`) and any other organization a scenario names. It is the
 * ground truth Then steps ask.
 */
export class FakeWorld {
  readonly clock: VirtualClock;
  readonly timeline: Timeline;
  readonly random: SeededRandom;
  /** FS-15: the waits clients ask the world to draw. */
  readonly randomWaits: RandomWaits;
  readonly dns: Dns;
  readonly service: LyncOnline;
  readonly network: Network;
  /** The tenant's Exchange Online (Autodiscover and EWS), which Lync connects to after sign-in. */
  readonly exchange: ExchangeOnline;
  readonly os: OperatingSystem;
  /** SO-12: applications using the Lync SDK, attached to a running client. */
  readonly sdk: SdkApplications;
  /** Read by each client when it starts; a scenario may change one before Lync starts (e.g. NR-04). */
  assumptions: Assumptions;
  readonly domain: string;
  readonly computers = new Map<string, Computer>();
  readonly people = new Map<string, Person>();
  /** FS-11: how long after licensing an account is provisioned for Lync Online. */
  provisioningMs = 30 * 60_000;
  /** Every password or certificate the fakes ever made: none may appear in any output. */
  readonly secrets: Secret[] = [];

  constructor(options: WorldOptions) {
    this.assumptions = { ...defaultAssumptions, ...options.assumptions };
    this.domain = options.domain ?? 'contoso.com';
    this.clock = new VirtualClock(options.start ?? Date.UTC(2013, 9, 14, 8, 0, 0));
    this.timeline = new Timeline(this.clock);
    // Most lines hold no secret: a search first, and a new string only where one appears.
    this.timeline.redact = (text) =>
      this.secrets.reduce((t, s) => {
        const secret = s.reveal();
        return t.includes(secret) ? t.split(secret).join(String(s)) : t;
      }, text);
    this.random = new SeededRandom(options.seed);
    this.dns = new Dns(this.clock, this.timeline);
    this.dns.add(lyncOnlineRecords(this.domain));
    this.dns.add(microsoftRecords);
    this.service = new LyncOnline(this.clock, this.timeline, () => this.assumptions, this.dns);
    this.service.addTenant(this.domain);
    this.exchange = new ExchangeOnline(this.clock, this.timeline, this.service);
    this.network = new Network(this.clock, this.timeline, this.random, this.dns, this.service, this.exchange);
    this.randomWaits = new RandomWaits(this.random);
    this.os = new OperatingSystem(this.clock, this.timeline, this.network, this.randomWaits);
    this.sdk = new SdkApplications(this.clock, this.timeline);
    this.os.onKilled = (computer, windowsUser) => this.service.dropSessionsOfProcess(computer, windowsUser);
    // One endpoint's pushes come over its one SIP connection, in the order the service sent them: a push never
    // overtakes an earlier one, whatever latency each draws.
    const lastDue = new WeakMap<object, number>();
    this.service.push = (session, push) => {
      const computer = this.computers.get(session.computer);
      const process = computer?.running(session.windowsUser)[0];
      if (!computer || computer.network === 'offline' || !process) return;
      const now = this.clock.now();
      const due = Math.max(now + this.network.latency(), lastDue.get(session) ?? 0);
      lastDue.set(session, due);
      this.clock.schedule(due - now, 'io', async () => {
        if (!process.running) return;
        await deliverTo(
          process,
          push.type === 'message'
            ? { type: 'service.message', from: push.from, text: push.text }
            : push.type === 'presence'
              ? { type: 'service.presence', address: push.address, availability: push.availability }
              : push.type === 'notDelivered'
                ? { type: 'service.notDelivered', to: push.to, reason: push.reason }
                : { type: 'service.connectionLost' },
        );
      });
    };
  }

  /** A new password, made from the seed, never written in a feature file. */
  newSecret(label: string): Secret {
    const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
    const value = Array.from({ length: 14 }, () => chars[this.random.between(0, chars.length - 1)]).join('') + '!7';
    const secret = new Secret(value, label);
    this.secrets.push(secret);
    return secret;
  }

  computer(name: string): Computer {
    let c = this.computers.get(name);
    if (!c) {
      c = new Computer(name, this.timeline);
      this.computers.set(name, c);
    }
    return c;
  }

  person(name: string): Person {
    const p = this.people.get(name.toLowerCase());
    if (!p) throw new Error(`No person called ${name}; add "Given ${name} has an Office 365 account"`);
    return p;
  }

  /** The one person logged on to a computer (for steps that name only the computer). */
  onlyPersonAt(computer: string): string {
    const users = [...this.computer(computer).sessions.keys()];
    const person = [...this.people.values()].find((p) => users.length === 1 && p.windowsUser === users[0]);
    if (!person) throw new Error(`${computer} has ${users.length} people logged on (${users.join(', ')}); name the person in the step`);
    return person.name;
  }

  /**
   * The tenant of a SIP domain: the world's own, or another organization on Lync Online (issue 21), which is set up
   * the first time it is named, with the four Lync records in its DNS (S14) and external communications as Office
   * 365 sets them up.
   */
  organization(domain: string): Tenant {
    const key = domain.toLowerCase();
    if (!this.service.tenants.has(key)) {
      this.dns.add(lyncOnlineRecords(key));
      this.timeline.record(`${key} is another organization on Lync Online, with its Lync DNS records`);
    }
    return this.service.addTenant(key);
  }

  /** An Office 365 user, licensed and enabled for Lync Online, with a password only the fakes know; of `domain`'s organization. */
  addPerson(name: string, domain: string = this.domain): Person {
    const key = name.toLowerCase();
    const person: Person = { name, windowsUser: key, address: `${key}@${this.organization(domain).domain}` };
    // personNamed (below) reads the name back from the address: keep the two rules together.
    this.people.set(key, person);
    this.timeline.callPerson(name, key, person.address);
    this.service.accounts.set(person.address, newAccount(person.address, name, this.newSecret(`${name}'s password`)));
    return person;
  }

  /** DC-08: the person's sign-in address changes on the service. */
  renamePerson(name: string, newAddress: string): Person {
    const old = this.person(name);
    const renamed = { ...old, address: newAddress.toLowerCase() };
    this.service.renameAccount(old.address, renamed.address);
    this.people.set(name.toLowerCase(), renamed);
    this.timeline.callPerson(old.name, renamed.address);
    return renamed;
  }

  install(computer: string, person: Person): void {
    installLyncFromPortal(this.computer(computer), person.windowsUser, person.address, this.assumptions, this.timeline);
  }

  async setNetwork(computerName: string, network: NetworkName): Promise<void> {
    const computer = this.computer(computerName);
    const wasOffline = computer.network === 'offline';
    computer.network = network;
    this.timeline.record(
      `${computerName} is now ${network === 'offline' ? 'offline' : `on the ${network === 'organization' ? "organization's network" : 'internet'}`}`,
    );
    if (network === 'offline' && !wasOffline) {
      this.service.dropSessionsOf(computerName);
      await computer.broadcast({ type: 'os.networkChanged', online: false });
    } else if (network !== 'offline' && wasOffline) {
      await computer.broadcast({ type: 'os.networkChanged', online: true });
    }
  }

  /** Lets every network delivery in flight arrive (and what it causes), on virtual time. */
  async settle(): Promise<void> {
    await this.clock.settle();
  }

  async advance(ms: number): Promise<void> {
    await this.clock.advance(ms);
  }

  /** Ends every process still running (external clients included). */
  async stop(): Promise<void> {
    for (const computer of this.computers.values()) {
      for (const p of computer.processes.filter((x) => x.running)) {
        p.running = false;
        await p.client?.kill();
      }
    }
  }
}

/** The person a sign-in address of the fake world belongs to, by the rule addPerson names addresses with ("bob@..." is Bob). */
export function personNamed(address: string): string {
  const local = address.split('@')[0] ?? '';
  return local.charAt(0).toUpperCase() + local.slice(1);
}
