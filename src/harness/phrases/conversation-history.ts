import * as conversation from '../tasks/conversation-tasks';
import * as see from '../checks/conversation-history-checks';
import { conversationReads } from '../checks/conversation-window-checks';
import { assume } from '../scenario-assumptions';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

/** KB 2787614: IM conversations, and the Conversation History folder of the mailbox on Exchange Online. */
export const conversationHistoryPhrases: readonly Phrase[] = [
  phrase(
    'conversation.never-saved-while-exchange-down',
    'Given',
    'Lync never saves a conversation that ended while it was not connected to Exchange',
    (stage: Stage) => {
      assume(stage, 'conversationsWhileExchangeDown', 'never saved');
    },
  ),
  phrase('conversation.saved-after-each-message', 'Given', 'Lync saves an IM conversation after each of its messages', (stage: Stage) => {
    assume(stage, 'conversationSavedWhen', 'each message');
  }),
  phrase(
    'conversation.opens',
    'When',
    '{person} right-clicks {person} in her/his contact list and chooses Send an IM on {computer}',
    (stage: Stage, p: string, contact: string, c: string) => conversation.openConversation(stage, p, c, contact),
  ),
  phrase(
    'conversation.sends-im',
    'When',
    '{person} sends {person} the instant message {string} from Lync on {computer}',
    (stage: Stage, p: string, contact: string, text: string, c: string) => conversation.sendIm(stage, p, c, contact, text),
  ),
  phrase(
    'conversation.closes-window',
    'When',
    '{person} closes the conversation window on {computer}',
    (stage: Stage, p: string, c: string) => conversation.closeConversation(stage, p, c),
  ),
  phrase(
    'conversation.window-reads',
    'Then',
    'the conversation window of {person} on {computer} reads {string}',
    (stage: Stage, p: string, c: string, text: string) => conversationReads(stage, p, c, text),
  ),
  phrase(
    'conversation.history-holds',
    'Then',
    'the Conversation History folder of {person} holds {int} conversation(s)',
    (stage: Stage, p: string, n: number) => see.historyCount(stage, p, n),
  ),
  phrase(
    'conversation.latest-is',
    'Then',
    'the latest conversation in the Conversation History folder of {person} is from {person}, with {person}, of {int} message(s)',
    (stage: Stage, p: string, from: string, other: string, n: number) => see.latestConversation(stage, p, from, other, n),
  ),
  phrase(
    'conversation.ews-refused-full',
    'Then',
    'EWS refused {int} conversation(s) of {person} because the mailbox is full',
    (stage: Stage, n: number, p: string) => see.refusedAsFull(stage, p, n),
  ),
  phrase(
    'conversation.ews-asked',
    'Then',
    'EWS was asked {int} time(s) to save a conversation of {person}',
    (stage: Stage, n: number, p: string) => see.saveRequests(stage, p, n),
  ),
  phrase(
    'conversation.option-on-service',
    'Then',
    'Lync Online keeps saving IM conversations {on off} for {person}',
    (stage: Stage, on: boolean, p: string) => see.optionOnService(stage, p, on),
  ),
];
