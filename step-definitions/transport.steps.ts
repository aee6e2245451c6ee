import { Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as transport from './support/checks/transport-checks';

Then('Lync on {computer} registered {person} over {string}', function (this: SimWorld, c: string, p: string, over: string) {
  transport.registrationTransports(this, p, c, over.split(', then '));
});
