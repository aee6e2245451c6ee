import { Given, Then, When } from '@cucumber/cucumber';
import type { PolicyState } from '../src/fakes';
import type { SimWorld } from './support/sim-world';
import * as admin from './support/tasks/admin-tasks';
import * as evidence from './support/checks/admin-checks';

Given(
  'Group Policy sets {string} to {policy state} in the Computer Configuration of {computer}',
  function (this: SimWorld, title: string, state: PolicyState, c: string) {
    return admin.setComputerPolicy(this, title, state, c);
  },
);
Given(
  'Group Policy sets {string} to {policy state} in the User Configuration of {person}',
  function (this: SimWorld, title: string, state: PolicyState, p: string) {
    return admin.setUserPolicy(this, title, state, p);
  },
);
Given('logging in Lync is turned on for {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  return admin.loggingOn(this, p, c);
});
Given(
  'the Advanced Connection Settings of {person} on {computer} are automatic, with {string} left in both server boxes',
  function (this: SimWorld, p: string, c: string, server: string) {
    admin.leftoverServerNames(this, p, c, server);
  },
);
When(
  '{person} sets Manual configuration on {computer} with {string} as internal and external server name',
  function (this: SimWorld, p: string, c: string, server: string) {
    return admin.setConnection(this, p, c, 'manual', server, server);
  },
);
When(
  '{person} sets Manual configuration on {computer} with {string} as internal and {string} as external server name',
  function (this: SimWorld, p: string, c: string, internal: string, external: string) {
    return admin.setConnection(this, p, c, 'manual', internal, external);
  },
);
When('{person} sets Automatic configuration on {computer}', function (this: SimWorld, p: string, c: string) {
  return admin.setConnection(this, p, c, 'automatic');
});
When('the support desk removes the Lync cache of {person} on {computer} by hand', function (this: SimWorld, p: string, c: string) {
  return admin.removeCacheByHand(this, p, c);
});
When('the support desk deletes the sip_ folder of {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  return admin.deleteSipFolder(this, p, c);
});

Then('the sip_ folder of {person} on {computer} is gone', function (this: SimWorld, p: string, c: string) {
  evidence.artefact(this, p, c, 'sipFolder', false);
});
Then('the sip_ folder of {person} on {computer} exists', function (this: SimWorld, p: string, c: string) {
  evidence.artefact(this, p, c, 'sipFolder', true);
});
Then("the registry key of {person}'s sign-in address on {computer} is gone", function (this: SimWorld, p: string, c: string) {
  evidence.artefact(this, p, c, 'registryKey', false);
});
Then("the registry key of {person}'s sign-in address on {computer} exists", function (this: SimWorld, p: string, c: string) {
  evidence.artefact(this, p, c, 'registryKey', true);
});
Then('the personal certificate store of {person} on {computer} holds a Lync certificate', function (this: SimWorld, p: string, c: string) {
  evidence.artefact(this, p, c, 'certificate', true);
});
Then('the personal certificate store of {person} on {computer} holds no Lync certificate', function (this: SimWorld, p: string, c: string) {
  evidence.artefact(this, p, c, 'certificate', false);
});
Then('the Tracing folder of {person} on {computer} is gone', function (this: SimWorld, p: string, c: string) {
  evidence.tracingFolder(this, p, c, false);
});
Then('AccountProfiles.dat of {person} on {computer} is gone', function (this: SimWorld, p: string, c: string) {
  evidence.accountProfiles(this, p, c, false);
});
Then('AccountProfiles.dat of {person} on {computer} exists', function (this: SimWorld, p: string, c: string) {
  evidence.accountProfiles(this, p, c, true);
});
Then('the Lync log of {person} on {computer} records the failure {string}', function (this: SimWorld, p: string, c: string, code: string) {
  evidence.logRecords(this, p, c, code);
});
Then('Lync wrote no log file for {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  evidence.noLog(this, p, c);
});
Then('Microsoft received the sign-in failure log {string} for {person}', function (this: SimWorld, code: string, p: string) {
  evidence.uploaded(this, p, [code]);
});
Then('Microsoft received no sign-in failure log for {person}', function (this: SimWorld, p: string) {
  evidence.uploaded(this, p, []);
});
Then(
  'the Advanced Connection Settings of {person} on {computer} are {word}, with {string} in both server boxes',
  function (this: SimWorld, p: string, c: string, mode: string, server: string) {
    evidence.connectionSaved(this, p, c, mode === 'manual' ? 'manual' : 'automatic', server);
  },
);
Then('"Save my password" is unavailable to {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  return evidence.savePasswordUnavailable(this, p, c);
});
Then('Lync did not look up {string} in DNS', function (this: SimWorld, name: string) {
  evidence.notLookedUp(this, name);
});
Given('the MachineGuid of {computer} has braces around it', function (this: SimWorld, c: string) {
  return admin.machineGuidBraces(this, c, true);
});
When('the support desk removes the braces around the MachineGuid of {computer}', function (this: SimWorld, c: string) {
  return admin.machineGuidBraces(this, c, false);
});
Given('the RSA key folder of {person} on {computer} is locked', function (this: SimWorld, p: string, c: string) {
  return admin.rsaFolderLocked(this, p, c, true);
});
When('the support desk deletes the RSA key folder of {person} on {computer}', function (this: SimWorld, p: string, c: string) {
  return admin.rsaFolderLocked(this, p, c, false);
});
Then(
  "{person}'s Lync on {computer} shows {person}'s information and none of {person}'s",
  function (this: SimWorld, owner: string, c: string, whose: string, other: string) {
    return evidence.showsOnly(this, owner, c, whose, other);
  },
);
Then(
  'the profile of {person} on {computer} holds a sip_ folder for {person}',
  function (this: SimWorld, owner: string, c: string, whose: string) {
    evidence.sipFolderOfIn(this, whose, owner, c);
  },
);
Then('Lync on {computer} never showed {person} {string}', function (this: SimWorld, c: string, p: string, text: string) {
  evidence.neverShown(this, p, c, text);
});
