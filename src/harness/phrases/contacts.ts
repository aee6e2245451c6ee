import * as contacts from '../tasks/contact-tasks';
import * as see from '../checks/contact-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

/** KB 2435699: the contact list kept on the service, changed from Lync, and its cache file in the sip_ folder. */
export const contactPhrases: readonly Phrase[] = [
  phrase(
    'contacts.adds-in-lync',
    'When',
    '{person} adds {person} to her/his contact list in Lync on {computer}',
    (stage: Stage, p: string, contact: string, c: string) => contacts.addInLync(stage, p, c, contact),
  ),
  phrase(
    'contacts.removes-in-lync',
    'When',
    '{person} removes {person} from her/his contact list in Lync on {computer}',
    (stage: Stage, p: string, contact: string, c: string) => contacts.removeInLync(stage, p, c, contact),
  ),
  phrase(
    'contacts.service-list-holds',
    'Then',
    'the contact list Lync Online keeps for {person} holds {string}',
    (stage: Stage, p: string, names: string) => see.serviceList(stage, p, names),
  ),
  phrase(
    'contacts.cache-file-lists',
    'Then',
    'CoreContact.cache of {person} on {computer} lists {string}',
    (stage: Stage, p: string, c: string, names: string) => see.cacheFile(stage, p, c, `the contacts "${names}"`),
  ),
  phrase('contacts.no-cache-file', 'Then', '{person} has no CoreContact.cache on {computer}', (stage: Stage, p: string, c: string) =>
    see.cacheFile(stage, p, c, 'no file'),
  ),
  phrase(
    'contacts.cache-file-damaged',
    'Then',
    'CoreContact.cache of {person} on {computer} is still damaged',
    (stage: Stage, p: string, c: string) => see.cacheFile(stage, p, c, 'a damaged file'),
  ),
];
