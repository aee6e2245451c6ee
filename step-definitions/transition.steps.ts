import { Given, Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as fault from './support/tasks/fault-tasks';
import * as transition from './support/checks/transition-checks';

Given('Lync does not sign in by itself after a Sign Out by hand', function (this: SimWorld) {
  return fault.switchFault(this, 'no-auto-sign-in-after-sign-out', true);
});
Given('Lync signs in by itself after a Sign Out by hand', function (this: SimWorld) {
  return fault.switchFault(this, 'no-auto-sign-in-after-sign-out', false);
});
Given('Delete my sign-in info also empties the sign-in address in Lync', function (this: SimWorld) {
  return fault.switchFault(this, 'address-cleared-by-delete', true);
});
Given('Delete my sign-in info keeps the sign-in address in Lync', function (this: SimWorld) {
  return fault.switchFault(this, 'address-cleared-by-delete', false);
});
Then(
  "Lync read the credential cache of {person} on {computer} only for {person}'s sign-in address",
  function (this: SimWorld, h: string, c: string, p: string) {
    transition.cacheReadOnlyFor(this, h, c, p);
  },
);
