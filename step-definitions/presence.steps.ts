import { Given, Then, When } from '@cucumber/cucumber';
import type { Availability, PresenceChoice } from '../src/simulator';
import type { SimWorld } from './support/sim-world';
import * as see from './support/checks/presence-checks';
import * as presence from './support/tasks/presence-tasks';

When(
  '{person} sets her/his presence to {presence choice} on {computer}',
  function (this: SimWorld, p: string, s: PresenceChoice, c: string) {
    return presence.choosePresence(this, p, c, s);
  },
);
Given(
  '{person} has set her/his presence to {presence choice} on {computer}',
  function (this: SimWorld, p: string, s: PresenceChoice, c: string) {
    return presence.choosePresence(this, p, c, s);
  },
);
When('{person} resets her/his status on {computer}', function (this: SimWorld, p: string, c: string) {
  return presence.resetPresence(this, p, c);
});
When('{person} moves the mouse on {computer}', function (this: SimWorld, p: string, c: string) {
  return presence.useComputer(this, p, c);
});
When(
  '{person} sets the Status options on {computer} to Inactive after {int} and Away after {int} more minutes',
  function (this: SimWorld, p: string, c: string, inactive: number, away: number) {
    return presence.setIdleMinutes(this, p, c, inactive, away);
  },
);
Given(
  '{person} has set the Status options on {computer} to Inactive after {int} and Away after {int} more minutes',
  function (this: SimWorld, p: string, c: string, inactive: number, away: number) {
    return presence.setIdleMinutes(this, p, c, inactive, away);
  },
);
Given('{person} has {person} in her/his contact list', function (this: SimWorld, owner: string, contact: string) {
  return presence.addContact(this, owner, contact);
});
Then('{person}, a colleague, sees {person} as {presence}', function (this: SimWorld, colleague: string, p: string, s: Availability) {
  see.presenceSeenBy(this, colleague, p, s);
});
Then('{person} sees {person} as {presence}', function (this: SimWorld, colleague: string, p: string, s: Availability) {
  see.presenceSeenBy(this, colleague, p, s);
});
Then(
  "{person}'s Lync on {computer} shows {person} as {presence}",
  function (this: SimWorld, p: string, c: string, contact: string, s: Availability) {
    return see.contactShown(this, p, c, contact, s);
  },
);
Then('{person} sees her/his own presence as {presence} on {computer}', function (this: SimWorld, p: string, s: Availability, c: string) {
  return see.ownPresenceShown(this, p, c, s);
});
Then('{person} can change her/his presence on {computer}', function (this: SimWorld, p: string, c: string) {
  return see.presenceMenuOffered(this, p, c, true);
});
Then('{person} cannot change her/his presence on {computer}', function (this: SimWorld, p: string, c: string) {
  return see.presenceMenuOffered(this, p, c, false);
});
Then('the service told the sender that {person} is offline', function (this: SimWorld, p: string) {
  see.lastMessageOutcome(this, p, 'sender is told', 0);
});
Then('the message to {person} reached {int} endpoint(s)', function (this: SimWorld, p: string, n: number) {
  see.lastMessageOutcome(this, p, 'delivered', n);
});
Then(
  "{person}'s Lync on {computer} tells her/him the message to {person} was not delivered",
  function (this: SimWorld, p: string, c: string, to: string) {
    return see.senderToldNotDelivered(this, p, c, to);
  },
);
Then(
  'Lync for {person} on {computer} has told the service her/his presence {int} time(s)',
  function (this: SimWorld, p: string, c: string, n: number) {
    see.publicationCount(this, p, c, n);
  },
);
Then("{person}'s Lync on {computer} lists the contacts {string}", function (this: SimWorld, p: string, c: string, names: string) {
  return see.contactsListed(this, p, c, names);
});
