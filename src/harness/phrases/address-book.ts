import * as book from '../tasks/address-book-tasks';
import * as see from '../checks/address-book-checks';
import * as admin from '../tasks/admin-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const addressBookPhrases: readonly Phrase[] = [
  phrase(
    'address-book.searches-lync',
    'When',
    '{person} searches for {string} in Lync on {computer}',
    (stage: Stage, p: string, text: string, c: string) => book.searchFor(stage, p, c, text),
  ),
  phrase(
    'address-book.search-lync-finds',
    'Then',
    "{person}'s search in Lync on {computer} finds {string}",
    (stage: Stage, p: string, c: string, names: string) => see.searchFinds(stage, p, c, names),
  ),
  phrase(
    'address-book.searches-lync-2',
    'When',
    '{person} searches for {person} in Lync on {computer}',
    (stage: Stage, p: string, colleague: string, c: string) => book.searchFor(stage, p, c, colleague),
  ),
  phrase(
    'address-book.search-lync-finds-2',
    'Then',
    "{person}'s search in Lync on {computer} finds {person}",
    (stage: Stage, p: string, c: string, colleague: string) => see.searchFinds(stage, p, c, colleague),
  ),
  phrase(
    'address-book.search-lync-finds-no-one-says',
    'Then',
    "{person}'s search in Lync on {computer} finds no one and says {string}",
    (stage: Stage, p: string, c: string, text: string) => see.searchFindsNoOne(stage, p, c, text),
  ),
  phrase(
    'address-book.web-query-answered-searches',
    'Then',
    "the number of searches the Address Book Web Query service answered from {person}'s Lync on {computer} is {int}",
    (stage: Stage, p: string, c: string, count: number) => see.searchesAnswered(stage, p, c, count),
  ),
  phrase(
    'address-book.sets-delay-policy',
    'Given',
    'Group Policy sets "Global Address Book Download Initial Delay" to {int} minutes in the Computer Configuration of {computer}',
    (stage: Stage, minutes: number, c: string) => admin.setComputerMinutes(stage, 'Global Address Book Download Initial Delay', minutes, c),
  ),
  phrase(
    'address-book.configuration-information-shows-url',
    'Then',
    "Configuration Information of {person} on {computer} shows the Address Book Web Query service's URL for {string}",
    (stage: Stage, p: string, c: string, line: string) => see.showsServiceUrl(stage, p, c, line),
  ),
];
