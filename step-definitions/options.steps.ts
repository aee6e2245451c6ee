import { Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as options from './support/checks/options-checks';

Then('the only name Lync looked up in DNS was {string}', function (this: SimWorld, name: string) {
  options.dnsLookupsWere(this, [name]);
});
