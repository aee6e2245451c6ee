import type { ClientState } from './client-state';
import type { ControlView } from './client-view';
import type { NetResponse } from './network-messages';
import { effectivePolicy } from './administration';
import { andThen, followedBy, result, stay, type StepResult } from './step-result';

/** One person in the organization's address book (the global address list), as the service lists them. */
export interface DirectoryEntry {
  readonly address: string;
  readonly name: string;
}

/**
 * FS-15: the address book this client downloaded for one sign-in address (`entries`, null until it arrives), the
 * download under way, and what the user typed in the search box. `address` is empty when the address book belongs to
 * no sign-in (the wait ended while signed out: the next sign-in waits again).
 */
export interface DirectoryState {
  readonly address: string;
  readonly requestId: number | null;
  readonly entries: readonly DirectoryEntry[] | null;
  readonly query: string;
}

export const addressBookTimer = 'address book download';

/**
 * The download's own request id: the client's counter starts at 1 and never gives it out, and one download at most is
 * under way (a sign-in that has the address book, or waits for it, starts none).
 */
const downloadRequestId = 0;

/** The search box of the main window and the line under it (labels not in the catalog: Lync 2013's own wording). */
export const searchLabels = { box: 'Find someone', results: 'Search results' } as const;

/** GalDownloadInitialDelay: the longest wait, in minutes, before the download; not configured means 60 (S24). */
export const defaultGalDownloadDelayMinutes = 60;

const delayMinutes = (state: ClientState): number =>
  effectivePolicy(state.admin.policies, 'galDownloadInitialDelay') ?? defaultGalDownloadDelayMinutes;

/**
 * FS-15: after the sign-in the address book is downloaded after a random wait between 0 and GalDownloadInitialDelay
 * minutes (the platform draws it). A sign-in that already has the address book for this address, or is waiting for
 * it, does not wait again (a reconnect, or signing in again with the same address).
 */
export function addressBookAfterSignIn(r: StepResult): StepResult {
  const state = r.state;
  if (state.directory?.address === state.address) return r;
  const next = { ...state, directory: { address: state.address, requestId: null, entries: null, query: '' } };
  const minutes = delayMinutes(state);
  if (minutes > 0) return andThen({ ...r, state: next }, { type: 'timer.set', name: addressBookTimer, ms: minutes * 60_000, random: true });
  // A wait of 0: the download begins at once.
  return followedBy({ ...r, state: next }, downloadAddressBook);
}

/** The wait is over: ask the service for the address book, if still signed in. */
export function downloadAddressBook(state: ClientState): StepResult {
  const { directory, session } = state;
  if (!directory) return stay(state);
  // Signed out (or reconnecting) when the wait ended: the address book belongs to no sign-in; the next one waits again.
  if (session === null) return stay({ ...state, directory: { ...directory, address: '' } });
  return result(
    { ...state, directory: { ...directory, requestId: downloadRequestId } },
    { type: 'net.request', requestId: downloadRequestId, request: { kind: 'addressBook', host: session.endpoint, sessionId: session.id } },
  );
}

/** The answer to the download, or null when the answer is not the download's. */
export function onAddressBook(state: ClientState, requestId: number, response: NetResponse): StepResult | null {
  const directory = state.directory;
  if (!directory || directory.requestId !== requestId) return null;
  const entries = 'entries' in response ? response.entries : directory.entries;
  return stay({ ...state, directory: { ...directory, requestId: null, entries } });
}

/** The user types a name in the search box (shown only once signed in, when the address book state exists). */
export function search(state: ClientState, text: string): StepResult {
  return state.directory ? stay({ ...state, directory: { ...state.directory, query: text } }) : stay(state);
}

/** The search box, and the names in the address book that hold what was typed (before the download: none). */
export function searchControls(state: ClientState): ControlView[] {
  const directory = state.directory;
  if (!directory) return [];
  const box: ControlView = { kind: 'textbox', name: searchLabels.box, value: directory.query, secret: false };
  const wanted = directory.query.toLowerCase();
  if (wanted === '') return [box];
  const found = (directory.entries ?? []).filter((e) => e.name.toLowerCase().includes(wanted)).map((e) => e.name);
  const text = found.length > 0 ? found.join(', ') : state.config.assumptions.noSearchResultsText;
  return [box, { kind: 'label', name: searchLabels.results, text }];
}
