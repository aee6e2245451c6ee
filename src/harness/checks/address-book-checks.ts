import { searchLabels } from '../../simulator';
import type { Stage } from '../stage';
import { same } from './mismatch';

/** What the search box of her main window shows under it, as the driver sees it. */
async function searchResult(w: Stage, name: string, computer: string): Promise<string> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const line = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === searchLabels.results);
  return line?.kind === 'label' ? line.text : 'no search result shown';
}

/** The address book downloads the service answered for her Lync on that computer (ground truth). */
const downloads = (w: Stage, name: string, computer: string): number =>
  w.fake.service.addressBook.of(w.fake.person(name).address).filter((d) => d.computer === computer).length;

/** FS-15: the search finds the colleague, and the service sent her Lync the address book once. */
export async function searchFinds(w: Stage, name: string, computer: string, colleague: string): Promise<void> {
  same(`the search in ${name}'s Lync on ${computer} finds`, await searchResult(w, name, computer), colleague);
  same(`address book downloads by ${name}'s Lync on ${computer}`, downloads(w, name, computer), 1);
}

/** FS-15: nothing found (the line the search shows then is the assumption noSearchResultsText), and no address book yet. */
export async function searchFindsNoOne(w: Stage, name: string, computer: string, text: string): Promise<void> {
  same(`the search in ${name}'s Lync on ${computer} shows`, await searchResult(w, name, computer), text);
  same(`address book downloads by ${name}'s Lync on ${computer}`, downloads(w, name, computer), 0);
}
