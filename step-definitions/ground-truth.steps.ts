import { Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as truth from './support/checks/world-checks';

Then('{person} is signed in to Lync Online from {computer}', function (this: SimWorld, p: string, c: string) {
  truth.signedInFrom(this, p, c);
});
Then('the service holds no session for {person}', function (this: SimWorld, p: string) {
  truth.signedInFrom(this, p, null);
});
Then('the service holds no session for {person} from {computer}', function (this: SimWorld, p: string, c: string) {
  truth.noSessionFrom(this, p, c);
});
Then('the service holds exactly one session for {person}', function (this: SimWorld, p: string) {
  truth.sessionCount(this, p, 1);
});
Then('the Lync session of {person} is {session state}', function (this: SimWorld, p: string, on: boolean) {
  truth.sessionOfPerson(this, p, on);
});
Then('the Lync program of {person} on {computer} is {program state}', function (this: SimWorld, p: string, c: string, on: boolean) {
  truth.processRunning(this, p, c, on);
});
Then('the Lync process of {person} on {computer} is running', function (this: SimWorld, p: string, c: string) {
  truth.processRunning(this, p, c, true);
});
Then('no Lync process runs for {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  truth.processRunning(this, p, c, false);
});
Then('exactly one Lync process runs for {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  truth.lyncProcesses(this, p, c, 1);
});
Then('the Lync program of {person} on {computer} was never restarted', function (this: SimWorld, p: string, c: string) {
  truth.processesEverStarted(this, p, c, 1);
});
Then(
  "the credential cache of {person} on {computer} holds {person}'s password",
  function (this: SimWorld, h: string, c: string, p: string) {
    truth.cacheHolds(this, h, c, p, 'password', true);
  },
);
Then(
  "the credential cache of {person} on {computer} holds {person}'s certificate",
  function (this: SimWorld, h: string, c: string, p: string) {
    truth.cacheHolds(this, h, c, p, 'certificate', true);
  },
);
Then(
  'the credential cache of {person} on {computer} holds no password for {person}',
  function (this: SimWorld, h: string, c: string, p: string) {
    truth.cacheHolds(this, h, c, p, 'password', false);
  },
);
Then(
  'the credential cache of {person} on {computer} holds nothing for {person}',
  function (this: SimWorld, h: string, c: string, p: string) {
    truth.cacheHolds(this, h, c, p, 'entry', false);
  },
);
Then("Lync read {person}'s cached credentials on {computer}", function (this: SimWorld, p: string, c: string) {
  truth.cacheWasRead(this, p, c);
});
Then('the Run entries of {person} on {computer} include Lync', function (this: SimWorld, p: string, c: string) {
  truth.runEntry(this, p, c, true);
});
Then('the Run entries of {person} on {computer} do not include Lync', function (this: SimWorld, p: string, c: string) {
  truth.runEntry(this, p, c, false);
});
Then(
  '{person} saw the Lync window on {computer} show the sign-in, signing-in and contacts screens in that order',
  function (this: SimWorld, p: string, c: string) {
    truth.screensInOrder(this, p, c, ['sign-in', 'signing-in', 'contacts']);
  },
);
Then('Lync for {person} on {computer} sent no request in the last {duration}', function (this: SimWorld, p: string, c: string, ms: number) {
  truth.requestsSent(this, p, c, ms, 0);
});
Then('Lync looked up {string} in DNS', function (this: SimWorld, name: string) {
  truth.dnsLookedUp(this, name);
});
Then('Lync looked up {string} in DNS before {string}', function (this: SimWorld, first: string, then: string) {
  truth.dnsLookedUpBefore(this, first, then);
});
Then('the Sign-In Assistant on {computer} keeps a ClockSkew value of {int} seconds', function (this: SimWorld, c: string, n: number) {
  truth.clockSkewValue(this, c, n);
});
Then('the Sign-In Assistant on {computer} keeps no ClockSkew value', function (this: SimWorld, c: string) {
  truth.clockSkewValue(this, c, null);
});
Then(
  'Lync for {person} on {computer} tried to sign in {int} times in the last {duration}',
  function (this: SimWorld, p: string, c: string, n: number, ms: number) {
    truth.signInTries(this, p, c, ms, n);
  },
);
Then('the credential dialog opened {int} time(s) for {person} on {computer}', function (this: SimWorld, n: number, p: string, c: string) {
  truth.dialogsShown(this, p, c, 'credentials', n);
});
Then('the trust prompt opened {int} time(s) for {person} on {computer}', function (this: SimWorld, n: number, p: string, c: string) {
  truth.dialogsShown(this, p, c, 'trustServer', n);
});
