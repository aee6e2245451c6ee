import { Given, Then, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as diag from './support/checks/diagnostics-checks';
import * as tasks from './support/tasks/diagnostics-tasks';

When(
  '{person} holds CTRL, right-clicks the Lync icon in the notification area on {computer} and chooses {string}',
  function (this: SimWorld, p: string, c: string, item: string) {
    return tasks.ctrlRightClickIcon(this, p, c, item);
  },
);
When('{person} closes Configuration Information on {computer}', function (this: SimWorld, p: string, c: string) {
  return tasks.closeConfigurationInformation(this, p, c);
});
Then(
  "the Lync icon's menu of {person} on {computer} offers {string} only when CTRL is held",
  function (this: SimWorld, p: string, c: string, item: string) {
    return diag.offeredOnlyWithCtrl(this, p, c, item);
  },
);
Then(
  'Configuration Information of {person} on {computer} reads {string} for {string}',
  function (this: SimWorld, p: string, c: string, text: string, line: string) {
    return diag.configurationLineReads(this, p, c, line, text);
  },
);
Then('{person} sees no Configuration Information on {computer}', function (this: SimWorld, p: string, c: string) {
  return diag.configurationShown(this, p, c, false);
});
Then('the service saw the session of {person} from {computer} come from the intranet', function (this: SimWorld, p: string, c: string) {
  diag.sessionCameFrom(this, p, c, true);
});
Then('the service saw the session of {person} from {computer} come through the Edge', function (this: SimWorld, p: string, c: string) {
  diag.sessionCameFrom(this, p, c, false);
});
Given('the DNS client cache of {computer} keeps answers for {int} minutes', function (this: SimWorld, c: string, minutes: number) {
  return tasks.dnsCacheKeeps(this, c, minutes);
});
When('the DNS client cache of {computer} keeps no answers', function (this: SimWorld, c: string) {
  return tasks.dnsCacheKeepsNothing(this, c);
});
When('{person} runs ipconfig \\/flushdns on {computer}', function (this: SimWorld, _p: string, c: string) {
  tasks.flushDns(this, c);
});
Then('the DNS client cache of {computer} holds an answer for {string}', function (this: SimWorld, c: string, name: string) {
  diag.dnsCacheHolds(this, c, name, true);
});
Then('the DNS client cache of {computer} holds no answer for {string}', function (this: SimWorld, c: string, name: string) {
  diag.dnsCacheHolds(this, c, name, false);
});
Given(
  'the time zone of {computer} is set {int} hours behind the right one and its clock was set to show the right local time',
  function (this: SimWorld, c: string, hours: number) {
    return tasks.timeZoneWrongClockAdjusted(this, c, hours);
  },
);
When('{person} sets the time zone and the clock of {computer} right', function (this: SimWorld, _p: string, c: string) {
  return tasks.timeZoneRight(this, c);
});
When('the time zone and the clock of {computer} are set right', function (this: SimWorld, c: string) {
  return tasks.timeZoneRight(this, c);
});
When('the time zone of {computer} is set back', function (this: SimWorld, c: string) {
  return tasks.timeZoneSetBack(this, c);
});
Given('the time zone of {computer} is moved {int} hours', function (this: SimWorld, c: string, hours: number) {
  return tasks.timeZoneChanged(this, c, hours);
});
Then(
  'the UTC time of {computer} is {int} hours off and its local time {int} hours off',
  function (this: SimWorld, c: string, utc: number, local: number) {
    diag.timeOff(this, c, utc, local);
  },
);
