import { Given, Then, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as signOn from './support/checks/sign-on-checks';
import { assume } from './support/scenario-assumptions';
import * as fault from './support/tasks/fault-tasks';

Given('the organization signs in to Office 365 with single sign-on through AD FS', function (this: SimWorld) {
  return fault.singleSignOn(this, true);
});
When('the organization signs in to Office 365 with passwords kept in the cloud', function (this: SimWorld) {
  return fault.singleSignOn(this, false);
});
Given('the Windows account of {person} on {computer} is a domain account', function (this: SimWorld, p: string, c: string) {
  return fault.domainAccount(this, p, c, true);
});
When('the Windows account of {person} on {computer} is a local account', function (this: SimWorld, p: string, c: string) {
  return fault.domainAccount(this, p, c, false);
});
Then(
  'Lync on {computer} signed {person} in with her Windows credentials, sending no password',
  function (this: SimWorld, c: string, p: string) {
    signOn.signedInWithWindowsCredentials(this, p, c);
  },
);
Then('Lync on {computer} never offered the Windows credentials of {person}', function (this: SimWorld, c: string, p: string) {
  signOn.neverOfferedWindowsCredentials(this, p, c);
});
Then(
  'the last sign-in of {person} to the identity provider from {computer} offered her Windows credentials',
  function (this: SimWorld, p: string, c: string) {
    signOn.lastSignInWithWindowsCredentials(this, p, c);
  },
);
Given('Lync answers turned-down Windows credentials with the password box and the wrong-password message', function (this: SimWorld) {
  assume(this, 'windowsCredentialsTurnedDown', 'password box and message');
});
