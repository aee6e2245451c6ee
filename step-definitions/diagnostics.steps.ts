import { Then, When } from '@cucumber/cucumber';
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
Then(
  'the service saw the session of {person} from {computer} come through the Edge',
  function (this: SimWorld, p: string, c: string) {
    diag.sessionCameFrom(this, p, c, false);
  },
);
