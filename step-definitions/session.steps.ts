import { Given, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as session from './support/tasks/session-tasks';

When('{computer} goes to sleep', function (this: SimWorld, c: string) {
  return session.goToSleep(this, c);
});
When('{computer} wakes up', function (this: SimWorld, c: string) {
  return session.wakeUp(this, c);
});
When('{person} shuts down {computer}', function (this: SimWorld, _p: string, c: string) {
  return session.shutDownComputer(this, c);
});
When('{computer} is started again', function (this: SimWorld, c: string) {
  return session.startComputer(this, c);
});
When('{person} logs on to {computer} through Switch user', function (this: SimWorld, p: string, c: string) {
  return session.switchUser(this, p, c);
});
When('{person} switches back to her/his session on {computer}', function (this: SimWorld, p: string, c: string) {
  return session.switchUser(this, p, c);
});
Given("{person}'s Lync on {computer} is busy and stops responding", function (this: SimWorld, p: string, c: string) {
  return session.lyncHangs(this, p, c);
});
