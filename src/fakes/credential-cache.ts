import { Secret, type CredentialEntry } from '../simulator';
import { Recorder } from './recorder';
import type { Timeline } from './timeline';

export type CacheOperation = { readonly op: 'read' | 'write' | 'delete'; readonly address: string; readonly found?: boolean };

/**
 * The credential cache of one Windows user on one computer (MU-02: nothing roams): sign-in address,
 * user name, password, client certificate and cached endpoint per sign-in address. Records every operation.
 */
export class CredentialCache {
  readonly #entries = new Map<string, CredentialEntry>();
  readonly operations = new Recorder<CacheOperation>();

  constructor(
    private readonly owner: string,
    private readonly timeline: Timeline,
  ) {}

  read(address: string): CredentialEntry | null {
    const entry = this.#entries.get(address.toLowerCase()) ?? null;
    this.operations.record({ op: 'read', address, found: entry !== null });
    const what = entry === null ? 'nothing cached' : describe(entry);
    this.timeline.record(`Lync reads the cached sign-in info of ${this.owner} for ${address}: ${what}`);
    return entry;
  }

  write(entry: CredentialEntry): void {
    this.#entries.set(entry.address.toLowerCase(), entry);
    this.operations.record({ op: 'write', address: entry.address });
    this.timeline.record(`Lync saves the sign-in info of ${this.owner} for ${entry.address}: ${describe(entry)}`);
  }

  delete(address: string): void {
    this.#entries.delete(address.toLowerCase());
    this.operations.record({ op: 'delete', address });
    this.timeline.record(`Lync deletes the cached sign-in info of ${this.owner} for ${address}`);
  }

  /** Ground truth for Then steps: the entry as stored, without recording a read. */
  peek(address: string): CredentialEntry | null {
    return this.#entries.get(address.toLowerCase()) ?? null;
  }

  addresses(): string[] {
    return [...this.#entries.values()].map((e) => e.address);
  }

  /** Fault switch (TE-05): the cached certificate is damaged or expired. */
  corruptCertificate(address: string): void {
    const entry = this.#require(address);
    this.#entries.set(address.toLowerCase(), { ...entry, certificate: new Secret('corrupt certificate bytes', 'certificate') });
    this.timeline.record(`the cached certificate of ${address} for ${this.owner} is damaged`);
  }

  /** Fault switch (DC-10): the cached endpoint points at a front end that no longer serves the user. */
  setEndpoint(address: string, endpoint: string): void {
    this.#entries.set(address.toLowerCase(), { ...this.#require(address), endpoint });
  }

  #require(address: string): CredentialEntry {
    const entry = this.#entries.get(address.toLowerCase());
    if (!entry) throw new Error(`CredentialCache(${this.owner}): nothing cached for ${address}; sign in with "save my password" first`);
    return entry;
  }
}

const describe = (e: CredentialEntry): string =>
  [
    `address ${e.address}`,
    e.password ? 'a saved password' : 'no password',
    e.certificate ? 'a certificate' : 'no certificate',
    e.endpoint ? `endpoint ${e.endpoint}` : 'no endpoint',
  ].join(', ');
