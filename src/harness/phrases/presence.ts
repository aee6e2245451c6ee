import type { Availability, PresenceChoice } from '../../simulator';
import * as see from '../checks/presence-checks';
import * as presence from '../tasks/presence-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const presencePhrases: readonly Phrase[] = [
  phrase(
    'presence.sets-presence',
    'When',
    '{person} sets her/his presence to {presence choice} on {computer}',
    (stage: Stage, p: string, s: PresenceChoice, c: string) => presence.choosePresence(stage, p, c, s),
  ),
  phrase(
    'presence.has-set-presence',
    'Given',
    '{person} has set her/his presence to {presence choice} on {computer}',
    (stage: Stage, p: string, s: PresenceChoice, c: string) => presence.choosePresence(stage, p, c, s),
  ),
  phrase('presence.resets-status', 'When', '{person} resets her/his status on {computer}', (stage: Stage, p: string, c: string) =>
    presence.resetPresence(stage, p, c),
  ),
  phrase('presence.moves-mouse', 'When', '{person} moves the mouse on {computer}', (stage: Stage, p: string, c: string) =>
    presence.useComputer(stage, p, c),
  ),
  phrase(
    'presence.sets-status-options-inactive-after-away-after',
    'When',
    '{person} sets the Status options on {computer} to Inactive after {int} and Away after {int} more minutes',
    (stage: Stage, p: string, c: string, inactive: number, away: number) => presence.setIdleMinutes(stage, p, c, inactive, away),
  ),
  phrase(
    'presence.has-set-status-options-inactive-after-away',
    'Given',
    '{person} has set the Status options on {computer} to Inactive after {int} and Away after {int} more minutes',
    (stage: Stage, p: string, c: string, inactive: number, away: number) => presence.setIdleMinutes(stage, p, c, inactive, away),
  ),
  phrase(
    'presence.has-contact-list',
    'Given',
    '{person} has {person} in her/his contact list',
    (stage: Stage, owner: string, contact: string) => presence.addContact(stage, owner, contact),
  ),
  phrase(
    'presence.colleague-sees-as',
    'Then',
    '{person}, a colleague, sees {person} as {presence}',
    (stage: Stage, colleague: string, p: string, s: Availability) => {
      see.presenceSeenBy(stage, colleague, p, s);
    },
  ),
  phrase(
    'presence.sees-as',
    'Then',
    '{person} sees {person} as {presence}',
    (stage: Stage, colleague: string, p: string, s: Availability) => {
      see.presenceSeenBy(stage, colleague, p, s);
    },
  ),
  phrase(
    'presence.lync-shows-as',
    'Then',
    "{person}'s Lync on {computer} shows {person} as {presence}",
    (stage: Stage, p: string, c: string, contact: string, s: Availability) => see.contactShown(stage, p, c, contact, s),
  ),
  phrase(
    'presence.sees-own-presence-as',
    'Then',
    '{person} sees her/his own presence as {presence} on {computer}',
    (stage: Stage, p: string, s: Availability, c: string) => see.ownPresenceShown(stage, p, c, s),
  ),
  phrase(
    'presence.can-change-presence',
    'Then',
    '{person} can change her/his presence on {computer}',
    (stage: Stage, p: string, c: string) => see.presenceMenuOffered(stage, p, c, true),
  ),
  phrase(
    'presence.cannot-change-presence',
    'Then',
    '{person} cannot change her/his presence on {computer}',
    (stage: Stage, p: string, c: string) => see.presenceMenuOffered(stage, p, c, false),
  ),
  phrase(
    'presence.service-told-sender-offline',
    'Then',
    'the service told the sender that {person} is offline',
    (stage: Stage, p: string) => {
      see.lastMessageOutcome(stage, p, 'sender is told', 0);
    },
  ),
  phrase(
    'presence.message-reached-endpoint',
    'Then',
    'the message to {person} reached {int} endpoint(s)',
    (stage: Stage, p: string, n: number) => {
      see.lastMessageOutcome(stage, p, 'delivered', n);
    },
  ),
  phrase(
    'presence.lync-tells-message-was-not-delivered',
    'Then',
    "{person}'s Lync on {computer} tells her/him the message to {person} was not delivered",
    (stage: Stage, p: string, c: string, to: string) => see.senderToldNotDelivered(stage, p, c, to),
  ),
  phrase(
    'presence.lync-has-told-service-presence-time',
    'Then',
    'Lync for {person} on {computer} has told the service her/his presence {int} time(s)',
    (stage: Stage, p: string, c: string, n: number) => {
      see.publicationCount(stage, p, c, n);
    },
  ),
  phrase(
    'presence.lync-lists-contacts',
    'Then',
    "{person}'s Lync on {computer} lists the contacts {string}",
    (stage: Stage, p: string, c: string, names: string) => see.contactsListed(stage, p, c, names),
  ),
];
