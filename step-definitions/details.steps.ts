import { Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as detail from './support/checks/detail-checks';
import * as truth from './support/checks/world-checks';

Then('Lync on {computer} has shown {person} the message {string}', function (this: SimWorld, c: string, p: string, text: string) {
  detail.messageWasShown(this, p, c, text);
});
Then(
  'the credential cache of {person} on {computer} holds an entry for {person}',
  function (this: SimWorld, h: string, c: string, p: string) {
    truth.cacheHolds(this, h, c, p, 'entry', true);
  },
);
Then(
  'the credential cache of {person} on {computer} holds no certificate for {person}',
  function (this: SimWorld, h: string, c: string, p: string) {
    truth.cacheHolds(this, h, c, p, 'certificate', false);
  },
);
Then(
  "the credential cache of {person} on {computer} holds a password for {person} that is not {person}'s password",
  function (this: SimWorld, h: string, c: string, p: string, _again: string) {
    detail.cachePasswordIsAnother(this, h, c, p);
  },
);
Then(
  'the credential cache of {person} on {computer} holds the user name {string} for {person}',
  function (this: SimWorld, h: string, c: string, v: string, p: string) {
    detail.cacheField(this, h, c, p, 'userName', v);
  },
);
Then(
  'the credential cache of {person} on {computer} holds the endpoint {string} for {person}',
  function (this: SimWorld, h: string, c: string, v: string, p: string) {
    detail.cacheField(this, h, c, p, 'endpoint', v);
  },
);
Then(
  'the credential cache of {person} on {computer} holds no endpoint for {person}',
  function (this: SimWorld, h: string, c: string, p: string) {
    detail.cacheField(this, h, c, p, 'endpoint', null);
  },
);
Then(
  'the Lync setting {string} of {person} on {computer} is {string}',
  function (this: SimWorld, s: string, p: string, c: string, v: string) {
    detail.settingIs(this, p, c, s, v);
  },
);
Then(
  'the Lync icon of {person} on {computer} reads {string} and offers {string}',
  function (this: SimWorld, p: string, c: string, t: string, m: string) {
    return detail.iconReads(this, p, c, t, m);
  },
);
Then(
  '{person} sees the {string} window of Lync on {computer} showing the {string} screen',
  function (this: SimWorld, p: string, id: string, c: string, s: string) {
    return detail.windowShows(this, p, c, id, s);
  },
);
Then('{person} sees no {string} window of Lync on {computer}', function (this: SimWorld, p: string, id: string, c: string) {
  return detail.windowShows(this, p, c, id, null);
});
Then(
  'the {string} window of Lync for {person} on {computer} shows {string} as {string}',
  function (this: SimWorld, id: string, p: string, c: string, n: string, v: string) {
    return detail.controlShows(this, p, c, id, n, v);
  },
);
Then(
  'the {string} window of Lync for {person} on {computer} shows no {string}',
  function (this: SimWorld, id: string, p: string, c: string, n: string) {
    return detail.controlShows(this, p, c, id, n, null);
  },
);
Then(
  'request {int} of Lync for {person} on {computer} was {string}',
  function (this: SimWorld, n: number, p: string, c: string, words: string) {
    detail.requestWas(this, n, p, c, words);
  },
);
Then('Lync for {person} on {computer} has sent {int} request(s)', function (this: SimWorld, p: string, c: string, n: number) {
  detail.requestCount(this, p, c, n);
});
Then(
  'the {string} window of Lync for {person} on {computer} is in the foreground',
  function (this: SimWorld, id: string, p: string, c: string) {
    return detail.inForeground(this, p, c, id, true);
  },
);
Then(
  'the {string} window of Lync for {person} on {computer} is not in the foreground',
  function (this: SimWorld, id: string, p: string, c: string) {
    return detail.inForeground(this, p, c, id, false);
  },
);
Then('{person} has seen the alerts {string} on {computer}', function (this: SimWorld, p: string, alerts: string, c: string) {
  return detail.alertsSeen(this, p, c, alerts);
});
Then('{person} has seen no alert on {computer}', function (this: SimWorld, p: string, c: string) {
  return detail.alertsSeen(this, p, c, '');
});
Then(
  'the {string} window of Lync for {person} on {computer} is titled {string}',
  function (this: SimWorld, id: string, p: string, c: string, t: string) {
    return detail.windowTitle(this, p, c, id, t);
  },
);
Then(
  'the {string} window of Lync for {person} on {computer} shows the controls {string}',
  function (this: SimWorld, id: string, p: string, c: string, names: string) {
    return detail.controlNames(this, p, c, id, names);
  },
);
