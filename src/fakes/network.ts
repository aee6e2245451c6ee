import type { NetFailure, NetRequest, NetResponse } from '../simulator';
import type { Dns, DnsRecord } from './dns';
import type { DnsClientCache } from './dns-client-cache';
import type { UploadedLog } from './administration/lync-files';
import { Recorder } from './recorder';
import type { LyncOnline, Origin } from './lync-online';
import type { SeededRandom } from './seeded-random';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

export type NetworkName = 'organization' | 'internet' | 'offline';

/** Where a request comes from, as the network sees it. */
export interface NetworkOrigin extends Origin {
  readonly network: NetworkName;
  /** TE-17: the computer's proxy is set by a file:// PAC script, which the Sign-In Assistant cannot use. */
  readonly filePac: boolean;
  /** TE-09: this computer does not trust the identity provider's certificate chain. */
  readonly missingRootCertificate: boolean;
  /** DC-12: the computer cannot store a new client certificate (MachineGuid braces, a locked RSA folder). */
  readonly certificateStoreBroken?: boolean;
  /** DC-12: the computer's DNS client cache, asked before DNS. */
  readonly dnsCache?: DnsClientCache;
}

const describe = (r: NetRequest): string => {
  switch (r.kind) {
    case 'discover':
      return `an Autodiscover request to ${r.host}`;
    case 'authenticate':
      return `a sign-in request to ${r.host} for ${r.userName} with a password`;
    case 'register':
      return `a registration with ${r.host} for ${r.address} with ${r.certificate ? 'a client certificate' : 'a sign-in token'}`;
    case 'unregister':
      return `a sign-out of ${r.sessionId} to ${r.host}`;
    case 'exchange':
      return `a calendar connection to ${r.host} for ${r.address}${r.password ? ' with a password' : ''}`;
    case 'publish':
      return `a presence publication (${r.availability}) to ${r.host}`;
  }
};

/** The networks between computers and the service: latency from the seed, DNS, firewalls and proxies. */
export class Network {
  /** TE-18: networks whose firewall blocks the traffic to Lync Online. */
  readonly blockedOn = new Set<NetworkName>();
  /** Every request any client sent, with where it came from. */
  readonly sent = new Recorder<{
    readonly at: number;
    readonly computer: string;
    readonly windowsUser: string;
    readonly kind: NetRequest['kind'];
  }>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    private readonly random: SeededRandom,
    private readonly dns: Dns,
    private readonly service: LyncOnline,
  ) {}

  /** FS-14: the sign-in failure logs that reached Microsoft. */
  readonly uploadedLogs = new Recorder<UploadedLog>();

  /** FS-14: a failure log goes up over the network; with no network it is lost. */
  uploadLog(origin: { computer: string; windowsUser: string; network: NetworkName }, address: string, failure: NetFailure): void {
    const who = `Lync (${origin.windowsUser} on ${origin.computer})`;
    if (origin.network === 'offline') return this.timeline.record(`${who} cannot upload its sign-in failure log: offline`);
    this.uploadedLogs.record({ at: this.clock.elapsed(), computer: origin.computer, windowsUser: origin.windowsUser, address, failure });
    this.timeline.record(`${who} uploads its sign-in failure log to Microsoft (${failure})`);
  }

  /** NR-06: extra delay on every answer, as on a slow link or a loaded server. */
  slowByMs = 0;

  latency(): number {
    return this.random.between(20, 120) + this.slowByMs;
  }

  /** Sends a request; `answer` is called with the response after a round trip on the virtual clock. */
  send(origin: NetworkOrigin, request: NetRequest, answer: (r: NetResponse) => Promise<void>): void {
    const who = `Lync (${origin.windowsUser} on ${origin.computer})`;
    this.timeline.record(`${who} sends ${describe(request)}`);
    this.sent.record({ at: this.clock.elapsed(), computer: origin.computer, windowsUser: origin.windowsUser, kind: request.kind });
    const response = this.#route(origin, request, who);
    this.clock.schedule(this.latency(), 'io', async () => {
      this.timeline.record(`${who} gets ${response.ok ? `an answer: ${response.kind}` : `a failure: ${response.failure}`}`);
      await answer(response);
    });
  }

  /** DC-12: the computer's DNS client cache answers first, found or not, while it keeps the answer. */
  #resolve(origin: NetworkOrigin, name: string, who: string): DnsRecord | null {
    const now = this.clock.now();
    const hit = origin.dnsCache?.cached(name, now);
    if (hit) {
      this.timeline.record(
        `${who}: DNS lookup ${name} answered from ${origin.computer}'s DNS client cache: ${hit.record ? `${hit.record.type} ${hit.record.target}` : 'no such record'}`,
      );
      return hit.record;
    }
    const found = this.dns.lookup(name, who);
    origin.dnsCache?.remember(name, found, now);
    return found;
  }

  #route(origin: NetworkOrigin, request: NetRequest, who: string): NetResponse {
    if (origin.network === 'offline') return { ok: false, failure: 'offline' };
    const blocked = this.blockedOn.has(origin.network);
    switch (request.kind) {
      case 'discover': {
        // FS-10: a manually configured server name may carry a port (sipdir.online.lync.com:443).
        const name = request.host.replace(/:\d+$/, '');
        const domain = name.replace(/^lyncdiscover\./, '');
        if (!this.#resolve(origin, name, who)) return { ok: false, failure: 'no such record' };
        return blocked ? { ok: false, failure: 'not responding' } : this.service.discover(domain);
      }
      case 'authenticate':
        if (origin.filePac) return { ok: false, failure: 'sign-in address not found' };
        if (origin.missingRootCertificate) return { ok: false, failure: 'certificate chain not trusted' };
        if (origin.certificateStoreBroken) return { ok: false, failure: 'certificate rejected' };
        return blocked ? { ok: false, failure: 'not responding' } : this.service.authenticate(request.userName, request.password, origin);
      case 'register':
        return blocked
          ? { ok: false, failure: 'not responding' }
          : this.service.register(request.host, request.address, request.token, request.certificate, request.clientVersion, origin);
      case 'unregister':
        return blocked ? { ok: false, failure: 'not responding' } : this.service.unregister(request.sessionId);
      case 'exchange':
        return this.service.connectExchange(request.address);
      case 'publish':
        return blocked
          ? { ok: false, failure: 'not responding' }
          : this.service.publish(request.sessionId, request.availability, request.byUser);
    }
  }
}
