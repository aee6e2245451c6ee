import { Then } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as installed from './support/checks/installation-checks';

Then('Lync is installed on {computer} for every user', function (this: SimWorld, c: string) {
  installed.installedForEveryone(this, c);
});
Then('Lync 2013 is in the Start menu of {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  installed.inStartMenu(this, p, c);
});
Then('the Lync installed on {computer} is the current version', function (this: SimWorld, c: string) {
  installed.programVersion(this, c);
});
Then('the sign-in address box of {person} on {computer} is empty', function (this: SimWorld, p: string, c: string) {
  return installed.addressBoxEmpty(this, p, c);
});
