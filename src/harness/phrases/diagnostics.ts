import * as diag from '../checks/diagnostics-checks';
import * as tasks from '../tasks/diagnostics-tasks';
import { phrase, type Phrase } from '../phrase';
import type { Stage } from '../stage';

export const diagnosticsPhrases: readonly Phrase[] = [
  phrase(
    'diagnostics.holds-ctrl-right-clicks-lync-icon-notification',
    'When',
    '{person} holds CTRL, right-clicks the Lync icon in the notification area on {computer} and chooses {string}',
    (stage: Stage, p: string, c: string, item: string) => tasks.ctrlRightClickIcon(stage, p, c, item),
  ),
  phrase(
    'diagnostics.closes-configuration-information',
    'When',
    '{person} closes Configuration Information on {computer}',
    (stage: Stage, p: string, c: string) => tasks.closeConfigurationInformation(stage, p, c),
  ),
  phrase(
    'diagnostics.lync-icon-menu-offers-only-when-ctrl',
    'Then',
    "the Lync icon's menu of {person} on {computer} offers {string} only when CTRL is held",
    (stage: Stage, p: string, c: string, item: string) => diag.offeredOnlyWithCtrl(stage, p, c, item),
  ),
  phrase(
    'diagnostics.configuration-information-reads',
    'Then',
    'Configuration Information of {person} on {computer} reads {string} for {string}',
    (stage: Stage, p: string, c: string, text: string, line: string) => diag.configurationLineReads(stage, p, c, line, text),
  ),
  phrase(
    'diagnostics.sees-no-configuration-information',
    'Then',
    '{person} sees no Configuration Information on {computer}',
    (stage: Stage, p: string, c: string) => diag.configurationShown(stage, p, c, false),
  ),
  phrase(
    'diagnostics.service-saw-session-come-intranet',
    'Then',
    'the service saw the session of {person} from {computer} come from the intranet',
    (stage: Stage, p: string, c: string) => {
      diag.sessionCameFrom(stage, p, c, true);
    },
  ),
  phrase(
    'diagnostics.service-saw-session-come-through-edge',
    'Then',
    'the service saw the session of {person} from {computer} come through the Edge',
    (stage: Stage, p: string, c: string) => {
      diag.sessionCameFrom(stage, p, c, false);
    },
  ),
  phrase(
    'diagnostics.runs-ipconfig-flushdns',
    'When',
    '{person} runs ipconfig \\/flushdns on {computer}',
    (stage: Stage, _p: string, c: string) => {
      tasks.flushDns(stage, c);
    },
  ),
  phrase(
    'diagnostics.dns-client-cache-holds-answer',
    'Then',
    'the DNS client cache of {computer} holds an answer for {string}',
    (stage: Stage, c: string, name: string) => {
      diag.dnsCacheHolds(stage, c, name, true);
    },
  ),
  phrase(
    'diagnostics.dns-client-cache-holds-no-answer',
    'Then',
    'the DNS client cache of {computer} holds no answer for {string}',
    (stage: Stage, c: string, name: string) => {
      diag.dnsCacheHolds(stage, c, name, false);
    },
  ),
  phrase(
    'diagnostics.sets-time-zone-clock-right',
    'When',
    '{person} sets the time zone and the clock of {computer} right',
    (stage: Stage, _p: string, c: string) => tasks.timeZoneRight(stage, c),
  ),
  phrase(
    'diagnostics.utc-time-hours-off-its-local-time',
    'Then',
    'the UTC time of {computer} is {int} hours off and its local time {int} hours off',
    (stage: Stage, c: string, utc: number, local: number) => {
      diag.timeOff(stage, c, utc, local);
    },
  ),
];
