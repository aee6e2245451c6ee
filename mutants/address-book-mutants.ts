import type { ClientEffect, ClientState, DirectoryEntry, NetRequest, StepResult } from '../src/simulator';
import { drawing, rewriting, without } from './mutant';

type Directory = NonNullable<ClientState['directory']>;
type Search = Extract<NetRequest, { kind: 'addressBook' }>;
/** What the keeping mutant adds to the directory state: every answer so far, by the words searched. */
type Keeping = Directory & { readonly kept?: Readonly<Record<string, readonly DirectoryEntry[]>> };

const isSearch = (e: ClientEffect): boolean => e.type === 'net.request' && e.request.kind === 'addressBook';
const searchIn = (r: StepResult): Search | undefined => {
  const e = r.effects.find(isSearch);
  return e?.type === 'net.request' && e.request.kind === 'addressBook' ? e.request : undefined;
};

const withDirectory = (r: StepResult, change: (d: Keeping) => Keeping): StepResult =>
  r.state.directory ? { ...r, state: { ...r.state, directory: change(r.state.directory) } } : r;

/** Mutants of the Lync Online address book (FS-15, KB 2435699). */
export const addressBookMutants = [
  rewriting(
    'address-book-waits-for-download',
    'FS-15: Lync waits for an address book download (the Lync Server model), so a search asks no one and finds no one',
    (_before, _event, after) =>
      searchIn(after) ? withDirectory(without(after, isSearch), (d) => ({ ...d, requestId: null, outcome: [] })) : after,
  ),
  rewriting(
    'address-book-keeps-answers',
    'FS-15: Lync keeps what the service found and answers the same words again from it, without asking the service',
    (before, event, after) => {
      const kept = (before.directory as Keeping | null | undefined)?.kept ?? {};
      const search = searchIn(after);
      if (search) {
        const found = kept[search.query];
        return found ? withDirectory(without(after, isSearch), (d) => ({ ...d, requestId: null, outcome: found })) : after;
      }
      if (event.type !== 'net.response' || before.directory?.requestId !== event.requestId) return after;
      if (!event.response.ok || event.response.kind !== 'addressBook') return after;
      const { entries } = event.response;
      return withDirectory(after, (d) => ({ ...d, kept: { ...kept, [d.query.trim()]: entries } }));
    },
  ),
  rewriting(
    'address-book-blocked-says-nothing-found',
    'FS-15: when the Address Book Web Query service cannot be reached, the search says nothing was found instead of the KB 2435699 message',
    (before, event, after) =>
      event.type === 'net.response' && !event.response.ok && before.directory?.requestId === event.requestId
        ? withDirectory(after, (d) => ({ ...d, outcome: [] }))
        : after,
  ),
  drawing('abs-url-not-shown', 'FS-15: Configuration Information shows no URL on the ABS Server lines', (v) => ({
    ...v,
    windows: v.windows.map((w) =>
      w.id !== 'configurationInformation'
        ? w
        : { ...w, controls: w.controls.map((c) => (c.kind === 'label' && c.name.startsWith('ABS Server') ? { ...c, text: '' } : c)) },
    ),
  })),
];
