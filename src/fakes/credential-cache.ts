import { Secret, type CredentialEntry } from '../simulator';
import { Recorder } from './recorder';
import type { Timeline } from './timeline';

/** CoreContact.cache in a sip_ folder (KB 2435699): the contact list as last written, or damaged bytes. */
export type ContactCacheFile = { readonly contacts: readonly string[]; readonly damaged: boolean };

export const contactCacheFile = 'CoreContact.cache';

export type CacheOperation = { readonly op: 'read' | 'write' | 'delete'; readonly address: string; readonly found?: boolean };

/**
 * The credential cache of one Windows user on one computer (MU-02: nothing roams), kept where Lync 2013 keeps
 * it (DC-09): a registry key per sign-in address (user name, password), a sip_<address> folder (the endpoint
 * cache) and the personal certificate store (the client certificate). Records every operation.
 */
export class CredentialCache {
  /** HKCU\Software\Microsoft\Office\15.0\Lync\<address>: the account and its saved password. */
  readonly #keys = new Map<string, { readonly address: string; readonly userName: string; readonly password: Secret | null }>();
  /** %LocalAppData%\Microsoft\Office\15.0\Lync\sip_<address>: the endpoint (and contact) cache. */
  readonly #folders = new Map<string, { readonly endpoint: string | null; readonly contacts?: ContactCacheFile }>();
  /** The personal certificate store: the Lync client certificate of each address. */
  readonly #certificates = new Map<string, Secret>();
  readonly operations = new Recorder<CacheOperation>();

  constructor(
    private readonly owner: string,
    private readonly timeline: Timeline,
  ) {}

  /** "Alice on PC1": the owner (a Windows user on a computer) by the person's name. */
  #owner(): string {
    const at = this.owner.indexOf(' on ');
    return at < 0 ? this.timeline.name(this.owner) : `${this.timeline.name(this.owner.slice(0, at))}${this.owner.slice(at)}`;
  }

  read(address: string): CredentialEntry | null {
    const entry = this.peek(address);
    this.operations.record({ op: 'read', address, found: entry !== null });
    const what = entry === null ? 'nothing cached' : describe(entry);
    this.timeline.record(`Lync reads the cached sign-in info of ${this.#owner()} for ${address}: ${what}`);
    return entry;
  }

  write(entry: CredentialEntry): void {
    // The registry key names the account by its user name; the protocol's credentials.write requires one as well.
    if (typeof entry.userName !== 'string' || entry.userName === '')
      throw new Error(`CredentialCache(${this.owner}): Lync saved sign-in info for ${entry.address} without a user name`);
    this.#store(entry);
    this.operations.record({ op: 'write', address: entry.address });
    this.timeline.record(`Lync saves the sign-in info of ${this.#owner()} for ${entry.address}: ${describe(entry)}`);
  }

  /** DC-03/DC-11: Lync 2013's Delete removes the registry key, the sip_ folder and the certificate. */
  delete(address: string): void {
    this.#remove(address);
    this.operations.record({ op: 'delete', address });
    this.timeline.record(`Lync deletes the cached sign-in info of ${this.#owner()} for ${address}`);
  }

  /** Ground truth for Then steps: the entry as the three places hold it, without recording a read. */
  peek(address: string): CredentialEntry | null {
    const key = address.toLowerCase();
    const reg = this.#keys.get(key);
    const folder = this.#folders.get(key);
    // The registry key is what names the account: a sip_ folder or a certificate without it is left over, unused.
    if (!reg) return null;
    return {
      address: reg.address,
      userName: reg.userName,
      password: reg.password,
      certificate: this.#certificates.get(key) ?? null,
      endpoint: folder?.endpoint ?? null,
    };
  }

  addresses(): string[] {
    return [...new Set([...this.#keys.keys(), ...this.#folders.keys(), ...this.#certificates.keys()])];
  }

  /** DC-09: which of the places exist for an address. */
  artefacts(address: string): { readonly registryKey: boolean; readonly sipFolder: boolean; readonly certificate: boolean } {
    const key = address.toLowerCase();
    return { registryKey: this.#keys.has(key), sipFolder: this.#folders.has(key), certificate: this.#certificates.has(key) };
  }

  /** DC-09: support deletes one place by hand. */
  removeByHand(address: string, place: 'registryKey' | 'sipFolder' | 'certificate'): void {
    const key = address.toLowerCase();
    if (place === 'registryKey') this.#keys.delete(key);
    if (place === 'sipFolder') this.#folders.delete(key);
    if (place === 'certificate') this.#certificates.delete(key);
    const what = { registryKey: 'registry key', sipFolder: 'sip_ folder', certificate: 'certificate in the personal store' }[place];
    this.timeline.record(`the ${what} of ${address} is deleted by hand from the profile of ${this.#owner()}`);
  }

  /** Fault switch (TE-05): the cached certificate is damaged or expired. */
  corruptCertificate(address: string): void {
    this.#store({ ...this.#require(address), certificate: new Secret('corrupt certificate bytes', 'certificate') });
    this.timeline.record(`the cached certificate of ${address} for ${this.#owner()} is damaged`, { failing: true });
  }

  /** Fault switch (DC-10): the cached endpoint points at a front end that no longer serves the user. */
  setEndpoint(address: string, endpoint: string): void {
    this.#store({ ...this.#require(address), endpoint });
  }

  /** KB 2435699: Lync reads CoreContact.cache at sign-in; an absent file is not damaged. */
  readContacts(address: string): ContactCacheFile | null {
    const file = this.contactFile(address);
    const what = file === null ? 'no file' : file.damaged ? 'the file is damaged' : `${file.contacts.length} contact(s)`;
    this.timeline.record(`Lync reads ${contactCacheFile} of ${this.#owner()} for ${address}: ${what}`);
    return file;
  }

  /** KB 2435699: Lync writes the contact list to CoreContact.cache (the sip_ folder is made if missing). */
  writeContacts(address: string, contacts: readonly string[]): void {
    const key = address.toLowerCase();
    this.#folders.set(key, { endpoint: this.#folders.get(key)?.endpoint ?? null, contacts: { contacts: [...contacts], damaged: false } });
    this.timeline.record(`Lync writes ${contactCacheFile} of ${this.#owner()} for ${address}: ${contacts.length} contact(s)`);
  }

  /** Ground truth: CoreContact.cache as it is on disk, or null when there is none. */
  contactFile(address: string): ContactCacheFile | null {
    return this.#folders.get(address.toLowerCase())?.contacts ?? null;
  }

  /** Fault switch (KB 2435699, scenario 3): CoreContact.cache is damaged (made if missing). */
  damageContacts(address: string): void {
    const key = address.toLowerCase();
    const folder = this.#folders.get(key);
    this.#folders.set(key, { endpoint: folder?.endpoint ?? null, contacts: { contacts: folder?.contacts?.contacts ?? [], damaged: true } });
    this.timeline.record(`${contactCacheFile} of ${address} for ${this.#owner()} is damaged`, { failing: true });
  }

  /** KB 2435699: support deletes CoreContact.cache by hand; the rest of the sip_ folder stays. */
  deleteContactsByHand(address: string): void {
    const key = address.toLowerCase();
    const folder = this.#folders.get(key);
    if (folder) this.#folders.set(key, { endpoint: folder.endpoint });
    this.timeline.record(`${contactCacheFile} of ${address} is deleted by hand from the profile of ${this.#owner()}`);
  }

  #store(entry: CredentialEntry): void {
    const key = entry.address.toLowerCase();
    this.#keys.set(key, { address: entry.address, userName: entry.userName, password: entry.password });
    const contacts = this.#folders.get(key)?.contacts;
    this.#folders.set(key, contacts ? { endpoint: entry.endpoint, contacts } : { endpoint: entry.endpoint });
    if (entry.certificate) this.#certificates.set(key, entry.certificate);
    else this.#certificates.delete(key);
  }

  #remove(address: string): void {
    const key = address.toLowerCase();
    this.#keys.delete(key);
    this.#folders.delete(key);
    this.#certificates.delete(key);
  }

  #require(address: string): CredentialEntry {
    const entry = this.peek(address);
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
