import type { ClientEffect, ClientEvent } from '../src/simulator';
import { asIf, isMenu, rewriting, without } from './mutant';

const isSave = (e: ClientEffect): boolean => e.type === 'net.request' && e.request.kind === 'saveConversation';
const closesConversation = (event: ClientEvent): boolean => event.type === 'user.closeWindow' && event.window === 'conversation';

/** Mutants of conversation history in the Exchange mailbox (KB 2787614). */
export const conversationHistoryMutants = [
  rewriting(
    'conversation-never-saved',
    'KB 2787614: closing the conversation window saves nothing in the Conversation History folder, Exchange connected or not',
    (_before, _event, after) => without(after, isSave),
  ),
  rewriting(
    'conversation-saved-with-option-off',
    'KB 2436962: the conversation is saved although "Save IM conversations in my email Conversation History folder" is off',
    (before, event, after) =>
      closesConversation(event) && before.history?.save === false
        ? asIf({ ...before, history: { ...before.history, save: true } }, event)
        : after,
  ),
  rewriting(
    'conversation-option-kept-on-the-computer',
    'The option is changed on this computer only: OK in Options never tells Lync Online, which keeps it for the account',
    (_before, _event, after) => without(after, (e) => e.type === 'net.request' && e.request.kind === 'saveConversations'),
  ),
  rewriting(
    'held-conversations-dropped',
    'A conversation that ended while Exchange did not answer is not saved once Exchange answers again (assumption conversationsWhileExchangeDown)',
    (_before, event, after) => (event.type === 'net.response' ? without(after, isSave) : after),
  ),
  rewriting(
    'conversation-lost-at-sign-out',
    'Sign Out with a conversation open drops the conversation instead of ending and saving it',
    (_before, event, after) => (isMenu(event, 'File > Sign Out') ? without(after, isSave) : after),
  ),
];
