import type { ClientState } from './client-state';
import type { ControlView } from './client-view';
import type { NetResponse } from './network-messages';
import { effectivePolicy } from './administration';
import { andThen, result, stay, type StepResult } from './step-result';

/** One person in the organization's address book (the global address list), as the service lists them. */
export interface DirectoryEntry {
  readonly address: string;
  readonly name: string;
}

/**
 * FS-15: the address book this client downloaded for one sign-in address, the download under way, and what the user
 * typed in the search box. `entries` is null until the download has arrived.
 */
export interface DirectoryState {
  readonly address: string;
  readonly requestId: number | null;
  readonly entries: readonly DirectoryEntry[] | null;
  readonly query: string;
}

export const addressBookTimer = 'address book download';

/** The search box of the main window and the line under it (labels not in the catalog: Lync 2013's own wording). */
export const searchLabels = { box: 'Find someone', results: 'Search results' } as const;

/** GalDownloadInitialDelay: the longest wait, in minutes, before the download; not configured means 60 (S24). */
export const defaultGalDownloadDelayMinutes = 60;

const delayMinutes = (state: ClientState): number =>
  effectivePolicy(state.admin.policies, 'galDownloadInitialDelay') ?? defaultGalDownloadDelayMinutes;

/**
 * FS-15: after the sign-in the address book is downloaded after a random wait between 0 and GalDownloadInitialDelay
 * minutes (the platform draws it). A sign-in that already has the address book for this address does not wait again.
 */
export function addressBookAfterSignIn(r: StepResult): StepResult {
  const state = r.state;
  if (state.directory?.address === state.address) return r;
  const next = { ...state, directory: { address: state.address, requestId: null, entries: null, query: '' } };
  const minutes = delayMinutes(state);
  if (minutes > 0) return andThen({ ...r, state: next }, { type: 'timer.set', name: addressBookTimer, ms: minutes * 60_000, random: true });
  // A wait of 0: the download begins at once.
  const now = downloadAddressBook(next);
  return { state: now.state, effects: [...r.effects, ...now.effects] };
}

/** The wait is over: ask the service for the address book, if still signed in. */
export function downloadAddressBook(state: ClientState): StepResult {
  const directory = state.directory ?? null;
  if (directory === null) return stay(state);
  // Signed out (or reconnecting) when the wait ended: the next sign-in waits again.
  if (state.phase !== 'signedIn' || state.session === null) return stay({ ...state, directory: null });
  const requestId = state.nextRequestId;
  return result(
    { ...state, nextRequestId: requestId + 1, directory: { ...directory, requestId } },
    { type: 'net.request', requestId, request: { kind: 'addressBook', host: state.session.endpoint, sessionId: state.session.id } },
  );
}

export const isAddressBookAnswer = (state: ClientState, requestId: number): boolean => state.directory?.requestId === requestId;

export function onAddressBook(state: ClientState, response: NetResponse): StepResult {
  const directory = state.directory ?? null;
  if (directory === null) return stay(state);
  const entries = response.ok && response.kind === 'addressBook' ? response.entries : directory.entries;
  return stay({ ...state, directory: { ...directory, requestId: null, entries } });
}

/** The user types a name in the search box. */
export function search(state: ClientState, text: string): StepResult {
  const directory = state.directory ?? null;
  return directory === null ? stay(state) : stay({ ...state, directory: { ...directory, query: text } });
}

const matches = (entry: DirectoryEntry, query: string): boolean =>
  entry.name.toLowerCase().includes(query) || entry.address.toLowerCase().includes(query);

/** The search box, and what it found in the address book (nothing before the download: the assumption's line). */
export function searchControls(state: ClientState): ControlView[] {
  const query = state.directory?.query ?? '';
  const box: ControlView = { kind: 'textbox', name: searchLabels.box, value: query, secret: false };
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [box];
  const found = (state.directory?.entries ?? []).filter((e) => matches(e, wanted)).map((e) => e.name);
  const text = found.length > 0 ? found.join(', ') : state.config.assumptions.noSearchResultsText;
  return [box, { kind: 'label', name: searchLabels.results, text }];
}
