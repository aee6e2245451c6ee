import { Given, When } from '@cucumber/cucumber';
import type { NetworkName } from '../src/fakes';
import type { SimWorld } from './support/sim-world';
import * as world from './support/tasks/world-tasks';
import * as setup from './support/tasks/setup-tasks';

Given('{person} has an Office 365 account', function (this: SimWorld, p: string) {
  return world.hasAccount(this, p);
});
Given('Lync was installed for {person} on {computer} from the Office 365 portal', function (this: SimWorld, p: string, c: string) {
  return world.installLync(this, p, c);
});
Given(
  "the sign-in address box of {person}'s Lync on {computer} was left empty by the installer",
  function (this: SimWorld, p: string, c: string) {
    return setup.clearPreconfiguredAddress(this, p, c);
  },
);
Given('{person} is logged on to {computer} on {network}', function (this: SimWorld, p: string, c: string, n: NetworkName) {
  return setup.loggedOnVia(this, p, c, n);
});
When('{person} logs on to {computer}', function (this: SimWorld, p: string, c: string) {
  return world.logOn(this, p, c);
});
When('{person} logs off {computer}', function (this: SimWorld, p: string, c: string) {
  return world.logOff(this, p, c);
});
When('{person} locks {computer}', function (this: SimWorld, p: string, c: string) {
  return world.setLocked(this, p, c, true);
});
When('{person} unlocks {computer}', function (this: SimWorld, p: string, c: string) {
  return world.setLocked(this, p, c, false);
});
Given('{computer} is {network}', function (this: SimWorld, c: string, n: NetworkName) {
  return world.setNetwork(this, c, n);
});
When('{computer} goes on {network}', function (this: SimWorld, c: string, n: NetworkName) {
  return world.setNetwork(this, c, n);
});
When('{computer} goes {network}', function (this: SimWorld, c: string, n: NetworkName) {
  return world.setNetwork(this, c, n);
});
When('{computer} is moved to {network}', function (this: SimWorld, c: string, n: NetworkName) {
  return world.setNetwork(this, c, n);
});
When('{person} sends {person} an instant message', function (this: SimWorld, from: string, to: string) {
  return world.sendMessage(this, from, to);
});
When('{duration} pass(es)', function (this: SimWorld, ms: number) {
  return world.passTime(this, ms);
});
