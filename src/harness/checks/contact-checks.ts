import { contactCacheFile } from '../../fakes/credential-cache';
import { lyncPaths } from '../../fakes/administration/lync-files';
import type { Stage } from '../stage';
import { same } from './mismatch';
import { personOfAddress } from './person-of-address';

/**
 * People's names for addresses, in alphabetical order of the addresses ("Bob, Carol"; "" for none); an address that is
 * nobody's is said so, so that an empty or outdated entry cannot pass for no entry or for its person.
 */
const names = (w: Stage, addresses: Iterable<string>): string =>
  [...addresses]
    .sort((a, b) => a.localeCompare(b))
    .map((a) => personOfAddress(w, a, a === '' ? 'an empty address' : `${a} (nobody's address)`))
    .join(', ');

/** Ground truth: the contact list the service keeps for the person. */
export function serviceList(w: Stage, name: string, expected: string): void {
  const list = w.fake.service.presence.contacts.get(w.fake.person(name).address) ?? [];
  same(`the contact list Lync Online keeps for ${name}`, names(w, list), expected);
}

/** Ground truth: CoreContact.cache in the person's sip_ folder on a computer, as the file is on disk. */
export function cacheFile(w: Stage, name: string, computer: string, expected: string): void {
  const address = w.fake.person(name).address;
  const file = w.fake.computer(computer).profile(w.fake.person(name).windowsUser).cache.contactFile(address);
  const where = `${lyncPaths.sipFolder(address)}\\${contactCacheFile} of ${name} on ${computer}`;
  same(where, file === null ? 'no file' : file.damaged ? 'a damaged file' : `the contacts "${names(w, file.contacts)}"`, expected);
}
