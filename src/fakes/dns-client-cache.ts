import type { DnsRecord } from './dns';

interface CachedAnswer {
  readonly record: DnsRecord | null;
  readonly until: number;
}

/**
 * DC-12: the DNS client cache of one Windows computer. While it keeps answers, a name looked up once is answered
 * from the cache, found or not, until the answer expires or `ipconfig /flushdns` empties the cache; so a DNS record
 * fixed at the domain is seen on this computer only after that. `keepMs` 0 (the world's default) keeps nothing.
 */
export class DnsClientCache {
  keepMs = 0;
  readonly #answers = new Map<string, CachedAnswer>();

  /** The cached answer for a name at `now`, or undefined when the computer must ask DNS. */
  cached(name: string, now: number): CachedAnswer | undefined {
    const hit = this.#answers.get(name.toLowerCase());
    return hit && hit.until > now ? hit : undefined;
  }

  remember(name: string, record: DnsRecord | null, now: number): void {
    if (this.keepMs > 0) this.#answers.set(name.toLowerCase(), { record, until: now + this.keepMs });
  }

  /** `ipconfig /flushdns`. */
  flush(): void {
    this.#answers.clear();
  }

  /** Whether the cache holds an answer, found or not, for the name at `now` (ground truth for Then steps). */
  holds(name: string, now: number): boolean {
    return this.cached(name, now) !== undefined;
  }
}
