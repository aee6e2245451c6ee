import { Given, Then, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as evidence from './support/checks/admin-checks';
import { assume } from './support/scenario-assumptions';
import * as admin from './support/tasks/admin-tasks';

Then('the Lync log of {person} on {computer} records no failure', function (this: SimWorld, p: string, c: string) {
  evidence.noLog(this, p, c);
});
Given('Lync answers a wrong password with the message alone', function (this: SimWorld) {
  assume(this, 'wrongPasswordOutcome', 'message');
});
Given('Lync answers a wrong password with the credential dialog alone', function (this: SimWorld) {
  assume(this, 'wrongPasswordOutcome', 'credential dialog');
});
Given('Lync says {string} when the front end it saved no longer answers', function (this: SimWorld, text: string) {
  assume(this, 'staleEndpointMessage', text);
});
When(
  '{person} sets Manual configuration on {computer} and leaves both server boxes empty',
  function (this: SimWorld, p: string, c: string) {
    return admin.setConnection(this, p, c, 'manual');
  },
);
