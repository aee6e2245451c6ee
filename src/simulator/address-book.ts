import type { ClientState } from './client-state';
import { clientMessages } from './client-messages';
import type { ControlView } from './client-view';
import type { NetResponse } from './network-messages';
import { result, stay, type StepResult } from './step-result';

/** One person of the organization's address book (the global address list), as the service lists them. */
export interface DirectoryEntry {
  readonly address: string;
  readonly name: string;
}

/**
 * FS-15 (KB 2435699): with Lync Online the client keeps no copy of the address book. Each search is one web request to
 * the Address Book Web Query service, whose URL the sign-in gave (`url`). `query` is what the user typed, `requestId`
 * the search under way, and `outcome` its answer: the people found, or `unreachable` when the service could not be
 * reached (null while a search is under way or nothing was typed).
 */
export interface DirectoryState {
  readonly url: string;
  readonly query: string;
  readonly requestId: number | null;
  readonly outcome: readonly DirectoryEntry[] | 'unreachable' | null;
}

/** The search box of the main window and the line under it (labels not in the catalog: Lync 2013's own wording). */
export const searchLabels = { box: 'Find someone', results: 'Search results' } as const;

/** The host a search goes to: the host part of the service's URL. */
export const addressBookHost = (url: string): string => /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? url;

/**
 * After a sign-in, the search box starts empty and searches go to the Address Book Web Query service the registration
 * named. Nothing is downloaded and nothing waits: GalDownloadInitialDelay is a Lync Server (on-premises) setting and
 * changes nothing with Lync Online (catalog §9 D14).
 */
export function addressBookAfterSignIn(r: StepResult, url: string): StepResult {
  return { ...r, state: { ...r.state, directory: { url, query: '', requestId: null, outcome: null } } };
}

/** The user types in the search box: signed in, that is one search, sent as it is typed. */
export function search(state: ClientState, text: string): StepResult {
  const { directory, session } = state;
  if (!directory) return stay(state);
  const query = text.trim();
  if (session === null || query === '') return stay({ ...state, directory: { ...directory, query: text, requestId: null, outcome: null } });
  const requestId = state.nextRequestId;
  return result(
    { ...state, nextRequestId: requestId + 1, directory: { ...directory, query: text, requestId, outcome: null } },
    {
      type: 'net.request',
      requestId,
      request: { kind: 'addressBook', host: addressBookHost(directory.url), sessionId: session.id, query },
    },
  );
}

/** The answer to the search under way, or null when the answer is not a search's. */
export function onAddressBook(state: ClientState, requestId: number, response: NetResponse): StepResult | null {
  const directory = state.directory;
  if (!directory || directory.requestId !== requestId) return null;
  const outcome = response.ok && response.kind === 'addressBook' ? response.entries : 'unreachable';
  return stay({ ...state, directory: { ...directory, requestId: null, outcome } });
}

/** The search box, and under it the names the service found, or why there are none. */
export function searchControls(state: ClientState): ControlView[] {
  const directory = state.directory;
  if (!directory) return [];
  const box: ControlView = { kind: 'textbox', name: searchLabels.box, value: directory.query, secret: false };
  const { outcome } = directory;
  if (outcome === null) return [box];
  const text =
    outcome === 'unreachable'
      ? clientMessages.addressBookUnreachable
      : outcome.length > 0
        ? outcome.map((e) => e.name).join(', ')
        : state.config.assumptions.noSearchResultsText;
  return [box, { kind: 'label', name: searchLabels.results, text }];
}
