import { Given, Then, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as world from './support/checks/world-checks';
import * as fault from './support/tasks/fault-tasks';

Then('the only name Lync looked up in DNS was {string}', function (this: SimWorld, name: string) {
  world.dnsLookupsWere(this, [name]);
});
Given('a closed Lync keeps no taskbar button in Lync', function (this: SimWorld) {
  return fault.closedTaskbarButton(this, false);
});
When('a closed Lync keeps its taskbar button in Lync', function (this: SimWorld) {
  return fault.closedTaskbarButton(this, true);
});
