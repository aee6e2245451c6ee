import { searchLabels } from '../../simulator';
import type { Stage } from '../stage';
import { configurationLineReads } from './diagnostics-checks';
import { same } from './mismatch';

/** What the search box of her main window shows under it, as the driver sees it. */
async function searchResult(w: Stage, name: string, computer: string): Promise<string> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const line = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === searchLabels.results);
  return line?.kind === 'label' ? line.text : 'no search result shown';
}

/** The searches the Address Book Web Query service answered for her Lync on that computer (ground truth). */
const searches = (w: Stage, name: string, computer: string) => w.fake.service.addressBook.from(w.fake.person(name).address, computer);

/** FS-15: the search shows the colleagues, and they are what the service answered to her Lync's last search. */
export async function searchFinds(w: Stage, name: string, computer: string, colleagues: string): Promise<void> {
  same(`the search in ${name}'s Lync on ${computer} finds`, await searchResult(w, name, computer), colleagues);
  const last = searches(w, name, computer).at(-1);
  same(
    `what the Address Book Web Query service last answered ${name}'s Lync on ${computer}`,
    last?.found.join(', ') ?? 'nothing',
    colleagues,
  );
}

/** FS-15: nothing found; the line under the box says why (no match, or the service cannot be reached). */
export async function searchFindsNoOne(w: Stage, name: string, computer: string, text: string): Promise<void> {
  same(`the search in ${name}'s Lync on ${computer} shows`, await searchResult(w, name, computer), text);
}

/** FS-15 (KB 2435699): every search is one web request the service answers; nothing is kept on the computer. */
export function searchesAnswered(w: Stage, name: string, computer: string, count: number): void {
  same(`searches the Address Book Web Query service answered for ${name}'s Lync on ${computer}`, searches(w, name, computer).length, count);
}

/** FS-15: Configuration Information shows the URL of the tenant's Address Book Web Query service on that line. */
export const showsServiceUrl = (w: Stage, name: string, computer: string, line: string): Promise<void> =>
  configurationLineReads(w, name, computer, line, w.fake.service.addressBook.url);
