import * as truth from '../checks/world-checks';
import * as exchange from '../checks/exchange-checks';
import * as idp from '../checks/identity-provider-checks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const groundTruthPhrases: readonly Phrase[] = [
  phrase(
    'ground-truth.signed-lync-online',
    'Then',
    '{person} is signed in to Lync Online from {computer}',
    (stage: Stage, p: string, c: string) => {
      truth.signedInFrom(stage, p, c);
    },
  ),
  phrase('ground-truth.service-holds-no-session', 'Then', 'the service holds no session for {person}', (stage: Stage, p: string) => {
    truth.signedInFrom(stage, p, null);
  }),
  phrase(
    'ground-truth.service-holds-no-session-2',
    'Then',
    'the service holds no session for {person} from {computer}',
    (stage: Stage, p: string, c: string) => {
      truth.noSessionFrom(stage, p, c);
    },
  ),
  phrase(
    'ground-truth.service-holds-exactly-one-session',
    'Then',
    'the service holds exactly one session for {person}',
    (stage: Stage, p: string) => {
      truth.sessionCount(stage, p, 1);
    },
  ),
  phrase('ground-truth.lync-session', 'Then', 'the Lync session of {person} is {session state}', (stage: Stage, p: string, on: boolean) => {
    truth.sessionOfPerson(stage, p, on);
  }),
  phrase(
    'ground-truth.lync-program',
    'Then',
    'the Lync program of {person} on {computer} is {program state}',
    (stage: Stage, p: string, c: string, on: boolean) => {
      truth.processRunning(stage, p, c, on);
    },
  ),
  phrase(
    'ground-truth.lync-process-running',
    'Then',
    'the Lync process of {person} on {computer} is running',
    (stage: Stage, p: string, c: string) => {
      truth.processRunning(stage, p, c, true);
    },
  ),
  phrase(
    'ground-truth.no-lync-process-runs',
    'Then',
    'no Lync process runs for {person} on {computer}',
    (stage: Stage, p: string, c: string) => {
      truth.processRunning(stage, p, c, false);
    },
  ),
  phrase(
    'ground-truth.exactly-one-lync-process-runs',
    'Then',
    'exactly one Lync process runs for {person} on {computer}',
    (stage: Stage, p: string, c: string) => {
      truth.lyncProcesses(stage, p, c, 1);
    },
  ),
  phrase(
    'ground-truth.lync-program-was-never-restarted',
    'Then',
    'the Lync program of {person} on {computer} was never restarted',
    (stage: Stage, p: string, c: string) => {
      truth.processesEverStarted(stage, p, c, 1);
    },
  ),
  phrase(
    'ground-truth.credential-cache-holds-password',
    'Then',
    "the credential cache of {person} on {computer} holds {person}'s password",
    (stage: Stage, h: string, c: string, p: string) => {
      truth.cacheHolds(stage, h, c, p, 'password', true);
    },
  ),
  phrase(
    'ground-truth.credential-cache-holds-certificate',
    'Then',
    "the credential cache of {person} on {computer} holds {person}'s certificate",
    (stage: Stage, h: string, c: string, p: string) => {
      truth.cacheHolds(stage, h, c, p, 'certificate', true);
    },
  ),
  phrase(
    'ground-truth.credential-cache-holds-no-password',
    'Then',
    'the credential cache of {person} on {computer} holds no password for {person}',
    (stage: Stage, h: string, c: string, p: string) => {
      truth.cacheHolds(stage, h, c, p, 'password', false);
    },
  ),
  phrase(
    'ground-truth.credential-cache-holds-nothing',
    'Then',
    'the credential cache of {person} on {computer} holds nothing for {person}',
    (stage: Stage, h: string, c: string, p: string) => {
      truth.cacheHolds(stage, h, c, p, 'entry', false);
    },
  ),
  phrase(
    'ground-truth.lync-read-cached-credentials',
    'Then',
    "Lync read {person}'s cached credentials on {computer}",
    (stage: Stage, p: string, c: string) => {
      truth.cacheWasRead(stage, p, c);
    },
  ),
  phrase(
    'ground-truth.run-entries-include-lync',
    'Then',
    'the Run entries of {person} on {computer} include Lync',
    (stage: Stage, p: string, c: string) => {
      truth.runEntry(stage, p, c, true);
    },
  ),
  phrase(
    'ground-truth.run-entries-do-not-include-lync',
    'Then',
    'the Run entries of {person} on {computer} do not include Lync',
    (stage: Stage, p: string, c: string) => {
      truth.runEntry(stage, p, c, false);
    },
  ),
  phrase(
    'ground-truth.saw-lync-window-show-sign-signing-contacts',
    'Then',
    '{person} saw the Lync window on {computer} show the sign-in, signing-in and contacts screens in that order',
    (stage: Stage, p: string, c: string) => {
      truth.screensInOrder(stage, p, c, ['sign-in', 'signing-in', 'contacts']);
    },
  ),
  phrase(
    'ground-truth.lync-sent-no-request-last',
    'Then',
    'Lync for {person} on {computer} sent no request in the last {duration}',
    (stage: Stage, p: string, c: string, ms: number) => {
      truth.requestsSent(stage, p, c, ms, 0);
    },
  ),
  phrase('ground-truth.lync-looked-up-dns', 'Then', 'Lync looked up {string} in DNS', (stage: Stage, name: string) => {
    truth.dnsLookedUp(stage, name);
  }),
  phrase(
    'ground-truth.lync-looked-up-dns-before',
    'Then',
    'Lync looked up {string} in DNS before {string}',
    (stage: Stage, first: string, then: string) => {
      truth.dnsLookedUpBefore(stage, first, then);
    },
  ),
  phrase(
    'ground-truth.exchange-let-in-with-password',
    'Then',
    'Exchange Online let {person} in with a password {int} time(s)',
    (stage: Stage, p: string, n: number) => exchange.exchangeAuthentications(stage, p, true, 'password', n),
  ),
  phrase(
    'ground-truth.exchange-let-in-on-lync-sign-in',
    'Then',
    'Exchange Online let {person} in on her/his Lync sign-in {int} time(s)',
    (stage: Stage, p: string, n: number) => exchange.exchangeAuthentications(stage, p, true, 'Lync sign-in', n),
  ),
  phrase(
    'ground-truth.exchange-turned-down-password',
    'Then',
    'Exchange Online turned down a password for {person} {int} time(s)',
    (stage: Stage, p: string, n: number) => exchange.exchangeAuthentications(stage, p, false, 'password', n),
  ),
  phrase(
    'ground-truth.exchange-saw-no-authentication',
    'Then',
    'Exchange Online saw no authentication for {person}',
    (stage: Stage, p: string) => exchange.noExchangeAuthentication(stage, p),
  ),
  phrase(
    'ground-truth.sign-in-assistant-running',
    'Then',
    'the Sign-In Assistant service on {computer} is running',
    (stage: Stage, c: string) => truth.signInAssistantState(stage, c, 'Running'),
  ),
  phrase(
    'ground-truth.sign-in-assistant-stopped',
    'Then',
    'the Sign-In Assistant service on {computer} is stopped',
    (stage: Stage, c: string) => truth.signInAssistantState(stage, c, 'Stopped'),
  ),
  phrase(
    'ground-truth.sign-in-assistant-not-installed',
    'Then',
    'the Sign-In Assistant is not installed on {computer}',
    (stage: Stage, c: string) => truth.signInAssistantInstalled(stage, c, 'not installed'),
  ),
  phrase(
    'ground-truth.sign-in-assistant-up-to-date',
    'Then',
    'the Sign-In Assistant on {computer} is up to date',
    (stage: Stage, c: string) => truth.signInAssistantInstalled(stage, c, 'up to date'),
  ),
  phrase(
    'ground-truth.identity-provider-last-given-password',
    'Then',
    'the last sign-in from {computer} gave the identity provider the user ID {string} and a password',
    (stage: Stage, c: string, id: string) => idp.lastPresented(stage, c, id, 'password'),
  ),
  phrase(
    'ground-truth.identity-provider-last-given-windows-credentials',
    'Then',
    'the last sign-in from {computer} gave the identity provider the user ID {string} and the Windows credentials',
    (stage: Stage, c: string, id: string) => idp.lastPresented(stage, c, id, 'Windows credentials'),
  ),
  phrase(
    'ground-truth.last-sign-in-gave-certificate',
    'Then',
    'the last sign-in from {computer} gave the registrar the certificate saved for {string}',
    (stage: Stage, c: string, id: string) => idp.lastPresented(stage, c, id, 'certificate'),
  ),
  phrase(
    'ground-truth.sign-assistant-keeps-clockskew-value-seconds',
    'Then',
    'the Sign-In Assistant on {computer} keeps a ClockSkew value of {int} seconds',
    (stage: Stage, c: string, n: number) => {
      truth.clockSkewValue(stage, c, n);
    },
  ),
  phrase(
    'ground-truth.sign-assistant-keeps-no-clockskew-value',
    'Then',
    'the Sign-In Assistant on {computer} keeps no ClockSkew value',
    (stage: Stage, c: string) => {
      truth.clockSkewValue(stage, c, null);
    },
  ),
  phrase(
    'ground-truth.lync-tried-sign-times-last',
    'Then',
    'Lync for {person} on {computer} tried to sign in {int} time(s) in the last {duration}',
    (stage: Stage, p: string, c: string, n: number, ms: number) => {
      truth.signInTries(stage, p, c, ms, n);
    },
  ),
  phrase(
    'ground-truth.credential-dialog-opened-time',
    'Then',
    'the credential dialog opened {int} time(s) for {person} on {computer}',
    (stage: Stage, n: number, p: string, c: string) => {
      truth.dialogsShown(stage, p, c, 'credentials', n);
    },
  ),
  phrase(
    'ground-truth.trust-prompt-opened-time',
    'Then',
    'the trust prompt opened {int} time(s) for {person} on {computer}',
    (stage: Stage, n: number, p: string, c: string) => {
      truth.dialogsShown(stage, p, c, 'trustServer', n);
    },
  ),
];
