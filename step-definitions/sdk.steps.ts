import { Given, Then, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as sdk from './support/tasks/sdk-tasks';
import * as see from './support/checks/sdk-checks';

Given('{person} has started an application that uses the Lync SDK on {computer}', function (this: SimWorld, p: string, c: string) {
  return sdk.startSdkApplication(this, p, c);
});
When('{person} starts an application that uses the Lync SDK on {computer}', function (this: SimWorld, p: string, c: string) {
  return sdk.startSdkApplication(this, p, c);
});
When('the Lync SDK application of {person} on {computer} signs out', function (this: SimWorld, p: string, c: string) {
  return sdk.sdkSignOut(this, p, c);
});
Then(
  'the Lync SDK application of {person} on {computer} sees the client {sdk state}',
  function (this: SimWorld, p: string, c: string, state: string) {
    see.sdkSees(this, p, c, state);
  },
);
Then(
  'the Lync SDK application of {person} on {computer} saw the client {string}',
  function (this: SimWorld, p: string, c: string, states: string) {
    see.sdkSaw(this, p, c, states);
  },
);
