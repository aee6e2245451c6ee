import * as detail from '../checks/detail-checks';
import * as truth from '../checks/world-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const detailsPhrases: readonly Phrase[] = [
  phrase(
    'details.lync-has-shown-message',
    'Then',
    'Lync on {computer} has shown {person} the message {string}',
    (stage: Stage, c: string, p: string, text: string) => {
      detail.messageWasShown(stage, p, c, text);
    },
  ),
  phrase(
    'details.credential-cache-holds-entry',
    'Then',
    'the credential cache of {person} on {computer} holds an entry for {person}',
    (stage: Stage, h: string, c: string, p: string) => {
      truth.cacheHolds(stage, h, c, p, 'entry', true);
    },
  ),
  phrase(
    'details.credential-cache-holds-no-certificate',
    'Then',
    'the credential cache of {person} on {computer} holds no certificate for {person}',
    (stage: Stage, h: string, c: string, p: string) => {
      truth.cacheHolds(stage, h, c, p, 'certificate', false);
    },
  ),
  phrase(
    'details.credential-cache-holds-password-not-password',
    'Then',
    "the credential cache of {person} on {computer} holds a password for {person} that is not {person}'s password",
    (stage: Stage, h: string, c: string, p: string, _again: string) => {
      detail.cachePasswordIsAnother(stage, h, c, p);
    },
  ),
  phrase(
    'details.credential-cache-holds-user-name',
    'Then',
    'the credential cache of {person} on {computer} holds the user name {string} for {person}',
    (stage: Stage, h: string, c: string, v: string, p: string) => {
      detail.cacheField(stage, h, c, p, 'userName', v);
    },
  ),
  phrase(
    'details.credential-cache-holds-endpoint',
    'Then',
    'the credential cache of {person} on {computer} holds the endpoint {string} for {person}',
    (stage: Stage, h: string, c: string, v: string, p: string) => {
      detail.cacheField(stage, h, c, p, 'endpoint', v);
    },
  ),
  phrase(
    'details.credential-cache-holds-no-endpoint',
    'Then',
    'the credential cache of {person} on {computer} holds no endpoint for {person}',
    (stage: Stage, h: string, c: string, p: string) => {
      detail.cacheField(stage, h, c, p, 'endpoint', null);
    },
  ),
  phrase(
    'details.lync-setting',
    'Then',
    'the Lync setting {string} of {person} on {computer} is {string}',
    (stage: Stage, s: string, p: string, c: string, v: string) => {
      detail.settingIs(stage, p, c, s, v);
    },
  ),
  phrase(
    'details.lync-icon-reads-offers',
    'Then',
    'the Lync icon of {person} on {computer} reads {string} and offers {string}',
    (stage: Stage, p: string, c: string, t: string, m: string) => detail.iconReads(stage, p, c, t, m),
  ),
  phrase(
    'details.sees-window-lync-showing-screen',
    'Then',
    '{person} sees the {string} window of Lync on {computer} showing the {string} screen',
    (stage: Stage, p: string, id: string, c: string, s: string) => detail.windowShows(stage, p, c, id, s),
  ),
  phrase(
    'details.sees-no-window-lync',
    'Then',
    '{person} sees no {string} window of Lync on {computer}',
    (stage: Stage, p: string, id: string, c: string) => detail.windowShows(stage, p, c, id, null),
  ),
  phrase(
    'details.window-lync-shows-as',
    'Then',
    'the {string} window of Lync for {person} on {computer} shows {string} as {string}',
    (stage: Stage, id: string, p: string, c: string, n: string, v: string) => detail.controlShows(stage, p, c, id, n, v),
  ),
  phrase(
    'details.window-lync-shows-no',
    'Then',
    'the {string} window of Lync for {person} on {computer} shows no {string}',
    (stage: Stage, id: string, p: string, c: string, n: string) => detail.controlShows(stage, p, c, id, n, null),
  ),
  phrase(
    'details.request-lync-was',
    'Then',
    'request {int} of Lync for {person} on {computer} was {string}',
    (stage: Stage, n: number, p: string, c: string, words: string) => {
      detail.requestWas(stage, n, p, c, words);
    },
  ),
  phrase(
    'details.lync-has-sent-request',
    'Then',
    'Lync for {person} on {computer} has sent {int} request(s)',
    (stage: Stage, p: string, c: string, n: number) => {
      detail.requestCount(stage, p, c, n);
    },
  ),
  phrase(
    'details.window-lync-foreground',
    'Then',
    'the {string} window of Lync for {person} on {computer} is in the foreground',
    (stage: Stage, id: string, p: string, c: string) => detail.inForeground(stage, p, c, id, true),
  ),
  phrase(
    'details.window-lync-not-foreground',
    'Then',
    'the {string} window of Lync for {person} on {computer} is not in the foreground',
    (stage: Stage, id: string, p: string, c: string) => detail.inForeground(stage, p, c, id, false),
  ),
  phrase(
    'details.has-seen-alerts',
    'Then',
    '{person} has seen the alerts {string} on {computer}',
    (stage: Stage, p: string, alerts: string, c: string) => detail.alertsSeen(stage, p, c, alerts),
  ),
  phrase('details.has-seen-no-alert', 'Then', '{person} has seen no alert on {computer}', (stage: Stage, p: string, c: string) =>
    detail.alertsSeen(stage, p, c, ''),
  ),
  phrase(
    'details.window-lync-titled',
    'Then',
    'the {string} window of Lync for {person} on {computer} is titled {string}',
    (stage: Stage, id: string, p: string, c: string, t: string) => detail.windowTitle(stage, p, c, id, t),
  ),
  phrase(
    'details.window-lync-shows-controls',
    'Then',
    'the {string} window of Lync for {person} on {computer} shows the controls {string}',
    (stage: Stage, id: string, p: string, c: string, names: string) => detail.controlNames(stage, p, c, id, names),
  ),
];
