import type { ClientState } from './client-state';
import type { ControlView, WindowView } from './client-view';
import { exchangeHost, exchangeUnreachable } from './exchange-connection';
import type { ConversationLine, NetResponse } from './network-messages';
import { followedBy, result, stay, type StepResult } from './step-result';

/**
 * An IM conversation with one contact, in its conversation window: opened from the contact's right-click menu (Send an
 * IM), each message typed there sent through the service, and the contact's messages added while it is open.
 */
export interface ConversationState {
  /** The contact's sign-in address. */
  readonly with: string;
  readonly lines: readonly ConversationLine[];
}

/** An ended conversation on its way to the mailbox's Conversation History folder. */
export interface EndedConversation {
  readonly participants: readonly string[];
  readonly lines: readonly ConversationLine[];
}

/**
 * Conversation history (KB 2787614): Options > Personal's "Save IM conversations in my email Conversation History
 * folder" as the service keeps it (on until the first registration says otherwise), the conversations ended while
 * Exchange was not connected that Lync still holds, and those whose save through EWS has not been answered yet.
 */
export interface ConversationHistoryState {
  readonly save: boolean;
  readonly unsaved: readonly EndedConversation[];
  readonly saving: readonly { readonly requestId: number; readonly conversation: EndedConversation }[];
}

export const initialHistory: ConversationHistoryState = { save: true, unsaved: [], saving: [] };

/** Lync 2013's own labels: the contact's menu item, the conversation window's message box, the Personal option. */
export const conversationLabels = {
  sendIm: 'Send an IM',
  /** Typing in it ends with Enter, which sends the message: one act here. */
  box: 'Message box',
  lines: 'Conversation',
  option: 'Save IM conversations in my email Conversation History folder',
} as const;

/** The service's value of the option, given with the registration (absent from a service that does not send it: on). */
export const withSavedOption = (state: ClientState, save: boolean | undefined): ClientState => ({
  ...state,
  history: { ...state.history, save: save ?? true },
});

/** Whether the option is on, as Options shows it. */
export const savesConversations = (state: ClientState): boolean => state.history.save;

/** OK in Options with the option changed: the service is told (it keeps the option for every computer). */
export function setSaveConversations(state: ClientState, on: boolean): StepResult {
  const session = state.session;
  if (on === savesConversations(state) || session === null || state.phase !== 'signedIn') return stay(state);
  const requestId = state.nextRequestId;
  return result(
    { ...state, nextRequestId: requestId + 1, history: { ...state.history, save: on } },
    { type: 'net.request', requestId, request: { kind: 'saveConversations', host: session.endpoint, sessionId: session.id, on } },
  );
}

/** Send an IM on a contact's right-click menu: opens the conversation window (one at a time; another waits its close). */
export function openConversation(state: ClientState, contact: string): StepResult {
  const key = contact.toLowerCase();
  if (state.phase !== 'signedIn' || state.session === null) return stay(state);
  if (state.conversation && state.conversation.with !== key) return stay(state);
  return stay({ ...state, conversation: state.conversation ?? { with: key, lines: [] } });
}

/** A message typed in the conversation window (and Enter): one line more, sent through the service to the contact. */
export function sendInConversation(state: ClientState, text: string): StepResult {
  const { conversation, session } = state;
  const line = text.trim();
  if (!conversation || session === null || state.phase !== 'signedIn' || line === '') return stay(state);
  const requestId = state.nextRequestId;
  const sent = result(
    {
      ...state,
      nextRequestId: requestId + 1,
      conversation: { ...conversation, lines: [...conversation.lines, { from: state.address.toLowerCase(), text: line }] },
    },
    {
      type: 'net.request',
      requestId,
      request: { kind: 'instantMessage', host: session.endpoint, sessionId: session.id, to: conversation.with, text: line },
    },
  );
  return followedBy(sent, savedAsItGoes);
}

/** A message from the contact of the open conversation goes into its window. */
export function onConversationMessage(state: ClientState, from: string, text: string): StepResult {
  const conversation = state.conversation;
  if (!conversation || conversation.with !== from.toLowerCase()) return stay(state);
  return savedAsItGoes({ ...state, conversation: { ...conversation, lines: [...conversation.lines, { from: conversation.with, text }] } });
}

const endedOf = (state: ClientState, conversation: ConversationState): EndedConversation => ({
  participants: [state.address.toLowerCase(), conversation.with],
  lines: conversation.lines,
});

/** The `conversationSavedWhen` alternative: the whole conversation so far is saved after each message. */
function savedAsItGoes(state: ClientState): StepResult {
  const conversation = state.conversation;
  if (state.config.assumptions.conversationSavedWhen !== 'each message' || !conversation) return stay(state);
  if (!state.history.save || state.exchange.ready !== true) return stay(state);
  return saveAll(state, [endedOf(state, conversation)]);
}

/**
 * The conversation window is closed: the conversation has ended. With the option on and at least one message, Lync
 * saves it through EWS once connected to Exchange; before that, the `conversationsWhileExchangeDown` assumption says
 * whether Lync holds it until Exchange answers or it is never saved (KB 2787614: history is not saved meanwhile).
 */
export function closeConversation(state: ClientState): StepResult {
  const conversation = state.conversation;
  if (!conversation) return stay(state);
  const closed: ClientState = { ...state, conversation: null };
  if (!state.history.save || conversation.lines.length === 0) return stay(closed);
  if (state.config.assumptions.conversationSavedWhen === 'each message' && state.exchange.ready === true) return stay(closed);
  const ended = endedOf(state, conversation);
  if (state.exchange.ready === true) return saveAll(closed, [ended]);
  if (state.config.assumptions.conversationsWhileExchangeDown === 'never saved') return stay(closed);
  const history = closed.history;
  return stay({ ...closed, history: { ...history, unsaved: [...history.unsaved, ended] } });
}

/** Exchange accepted the connection: the conversations held meanwhile are saved now. */
export function saveHeldConversations(state: ClientState): StepResult {
  const history = state.history;
  if (history.unsaved.length === 0) return stay(state);
  return saveAll({ ...state, history: { ...history, unsaved: [] } }, history.unsaved);
}

function saveAll(state: ClientState, conversations: readonly EndedConversation[]): StepResult {
  const first = state.nextRequestId;
  const saving = conversations.map((conversation, i) => ({ requestId: first + i, conversation }));
  const history = state.history;
  return result(
    { ...state, nextRequestId: first + conversations.length, history: { ...history, saving: [...history.saving, ...saving] } },
    ...saving.map(({ requestId, conversation }) => ({
      type: 'net.request' as const,
      requestId,
      request: {
        kind: 'saveConversation' as const,
        host: exchangeHost,
        address: state.address,
        participants: conversation.participants,
        lines: conversation.lines,
      },
    })),
  );
}

/**
 * The answer to a save or to a sent message; null for any other answer. A saved conversation is done; one EWS did not
 * answer goes back to those held (as the assumption says) and the Exchange connection is down again; one the mailbox
 * refused (full) is dropped: Lync has no message for it.
 */
export function onConversationAnswer(state: ClientState, requestId: number, response: NetResponse): StepResult | null {
  if (response.ok && response.kind === 'messageSent') return stay(state);
  const history = state.history;
  const entry = history.saving.find((s) => s.requestId === requestId);
  if (!entry) return null;
  const saving = history.saving.filter((s) => s !== entry);
  const done = { ...state, history: { ...history, saving } };
  if (response.ok || (response.failure !== 'not responding' && response.failure !== 'offline')) return stay(done);
  const keep = state.config.assumptions.conversationsWhileExchangeDown === 'saved when Exchange answers';
  const unsaved = keep ? [...history.unsaved, entry.conversation] : history.unsaved;
  const next = { ...done, history: { ...history, saving, unsaved } };
  // EWS stopped answering while connected: the connection is down as if Exchange had not answered at all.
  return state.exchange.ready === true ? exchangeUnreachable(next, next.exchange) : stay(next);
}

/** The conversation window, while signed in and a conversation is open. */
export function conversationWindow(state: ClientState): WindowView | null {
  const conversation = state.conversation;
  if (!conversation || state.phase !== 'signedIn') return null;
  const text = conversation.lines.map((l) => `${l.from}: ${l.text}`).join('\n');
  const controls: ControlView[] = [
    { kind: 'label', name: conversationLabels.lines, text },
    { kind: 'textbox', name: conversationLabels.box, value: '', secret: false },
  ];
  return { id: 'conversation', title: conversation.with, visible: true, foreground: state.dialog === null, screen: 'dialog', controls };
}
