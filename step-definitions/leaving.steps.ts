import { Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import { lyncIs, type LyncWhereabouts } from './support/checks/leave-checks';

Then('Lync of {person} on {computer} is {lync whereabouts}', function (this: SimWorld, p: string, c: string, where: LyncWhereabouts) {
  return lyncIs(this, p, c, where);
});
