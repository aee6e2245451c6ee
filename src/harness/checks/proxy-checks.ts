import type { ProxyAnswer, ProxyClientProcess, ProxyLogEntry } from '../../fakes/proxy/proxies';
import type { Stage } from '../stage';
import { verify } from './mismatch';

/** KB 3123662: questions to a proxy's own log (host, sender, credentials, answer), whatever Lync shows. */

const line = (e: ProxyLogEntry) =>
  `${e.process} on ${e.computer} for ${e.host}: ${e.answer}${e.credentials ? ' (with credentials)' : ' (no credentials)'}`;
const lines = (log: readonly ProxyLogEntry[]) => (log.length === 0 ? 'an empty log' : log.map(line).join('; '));

const fromHere = (w: Stage, proxy: string, process: string, computer: string): ProxyLogEntry[] =>
  w.fake.network.proxies.logOf(proxy).filter((e) => e.process === process && e.computer === computer);

/** The proxy logged at least one request of this process on this computer for the host, answered so. */
export function proxyAnswered(w: Stage, proxy: string, process: string, computer: string, host: string, answer: string): void {
  const log = fromHere(w, proxy, process, computer);
  verify(
    `the log of the proxy ${proxy}`,
    log.some((e) => e.host === host.toLowerCase() && e.answer === (answer as ProxyAnswer)),
    (t) => t.to.equal(true),
    () => ({ expected: `${process} on ${computer} for ${host}: ${answer}`, found: lines(log) }),
  );
}

/** Every request of this process on this computer through the proxy carried credentials, or none did (and there was one). */
export function proxyCredentials(w: Stage, proxy: string, process: string, computer: string, presented: boolean): void {
  const log = fromHere(w, proxy, process, computer);
  verify(
    `the log of the proxy ${proxy}`,
    log.length > 0 && log.every((e) => e.credentials === presented),
    (t) => t.to.equal(true),
    () => ({
      expected: `requests of ${process} on ${computer}, all ${presented ? 'with' : 'without'} credentials`,
      found: lines(log),
    }),
  );
}

/** The proxy logged no request from this process on this computer. */
export function proxySawNothingFrom(w: Stage, proxy: string, process: ProxyClientProcess | string, computer: string): void {
  const log = fromHere(w, proxy, process, computer);
  verify(
    `the log of the proxy ${proxy}`,
    log.length,
    (t) => t.to.equal(0),
    () => ({ expected: `no request of ${process} on ${computer}`, found: lines(log) }),
  );
}
