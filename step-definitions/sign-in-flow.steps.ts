import { Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as evidence from './support/checks/admin-checks';

Then('the Lync log of {person} on {computer} records no failure', function (this: SimWorld, p: string, c: string) {
  evidence.noLog(this, p, c);
});
