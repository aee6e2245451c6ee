import type { IdcrlProxy } from '../../simulator';
import { Recorder } from '../recorder';

/** Which program on the computer sent a request through a proxy: Lync itself, or the Sign-In Assistant service. */
export type ProxyClientProcess = 'lync.exe' | 'msoidsvc.exe';

/** What a proxy did with a request. */
export type ProxyAnswer = 'let through' | 'refused' | '407 Proxy Authentication Required';

/** One line of a proxy's log. */
export interface ProxyLogEntry {
  readonly at: number;
  readonly proxy: string;
  readonly computer: string;
  readonly process: ProxyClientProcess;
  readonly host: string;
  /** Whether the request carried credentials for the proxy (Lync: the Windows user's, negotiated by Windows). */
  readonly credentials: boolean;
  readonly answer: ProxyAnswer;
}

/**
 * A computer's proxy settings as Internet Options > Connections > LAN settings hold them: "Use a proxy server for your
 * LAN" (the named proxy) and an automatic configuration script served over HTTP, here as the proxy it picks per host.
 */
export interface ProxySettings {
  /** The named proxy server, or null when the box is not ticked. */
  readonly named: string | null;
  /** What the automatic configuration script answers: host (or domain, for its subdomains too) → proxy. */
  readonly script: ReadonlyMap<string, string>;
}

export const noProxySettings: ProxySettings = { named: null, script: new Map() };

const matches = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The proxy the script picks for a host: the longest domain it names that covers the host, else none (DIRECT). */
export function scriptProxy(settings: ProxySettings, host: string): string | null {
  let best: [string, string] | null = null;
  for (const [domain, proxy] of settings.script)
    if (matches(host, domain) && (!best || domain.length > best[0].length)) best = [domain, proxy];
  return best ? best[1] : null;
}

/** The proxy Lync (lync.exe, through WinInet) uses for a host: the script's answer, else the named proxy, else none. */
export function lyncProxy(settings: ProxySettings, host: string): string | null {
  return scriptProxy(settings, host) ?? settings.named;
}

/**
 * The proxy the Sign-In Assistant (msoidsvc.exe, IDCRL) uses for the identity provider. Our reading of KB 3123662: the
 * proxy Lync uses for SIP over HTTPS is handed over as IDCRL's named proxy unless HttpProxyControlFlags has bit 0x2;
 * else Internet Explorer's named proxy unless it has bit 0x1; with neither, the assistant finds its proxy by automatic
 * detection (the configuration script's answer for the host), else it goes direct.
 */
export function idcrlProxyFor(settings: ProxySettings, host: string, sipHost: string, choice?: IdcrlProxy): string | null {
  const allowed = choice ?? { sipHttpsProxy: true, namedProxy: true };
  const sip = allowed.sipHttpsProxy ? lyncProxy(settings, sipHost) : null;
  if (sip !== null) return sip;
  if (allowed.namedProxy && settings.named !== null) return settings.named;
  return scriptProxy(settings, host);
}

/** One proxy on the organization's network: hosts it does not let through, and whether it asks for credentials. */
export class Proxy {
  readonly refusedHosts = new Set<string>();
  requiresAuthentication = false;

  constructor(readonly name: string) {}

  /** Its answer to a request for a host, carrying credentials or not. */
  answer(host: string, credentials: boolean): ProxyAnswer {
    if ([...this.refusedHosts].some((d) => matches(host.toLowerCase(), d))) return 'refused';
    if (this.requiresAuthentication && !credentials) return '407 Proxy Authentication Required';
    return 'let through';
  }
}

/** The proxies of the organization's network, by name, with one log that every proxy writes to. */
export class Proxies {
  readonly #byName = new Map<string, Proxy>();
  readonly log = new Recorder<ProxyLogEntry>();

  /** The proxy of this name; a step that names a proxy puts it on the network. */
  proxy(name: string): Proxy {
    let p = this.#byName.get(name);
    if (!p) {
      p = new Proxy(name);
      this.#byName.set(name, p);
    }
    return p;
  }

  /** A proxy a Then step asks about: it must have been named by a Given step. */
  known(name: string): Proxy {
    const p = this.#byName.get(name);
    if (!p)
      throw new Error(
        `No proxy named "${name}" on the organization's network; name it first, e.g. Given the LAN settings of PC1 use the proxy server "${name}"`,
      );
    return p;
  }

  /** What the proxies do differently from letting everything through (the fault switches' test compares it). */
  describe(): Record<string, { refuses: string[]; requiresAuthentication: boolean }> {
    return Object.fromEntries(
      [...this.#byName.values()]
        .filter((p) => p.refusedHosts.size > 0 || p.requiresAuthentication)
        .map((p) => [p.name, { refuses: [...p.refusedHosts].sort(), requiresAuthentication: p.requiresAuthentication }]),
    );
  }

  /** The lines of one proxy's log, in order. */
  logOf(name: string): ProxyLogEntry[] {
    this.known(name);
    return this.log.where((e) => e.proxy === name);
  }
}
