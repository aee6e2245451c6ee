import { policyNamed, type PolicyState } from '../administration/group-policy';
import type { FakeWorld } from '../fake-world';
import { arg, type FaultArgs, type FaultParam, type FaultSwitch } from './fault-switch';

const personParam: FaultParam = { name: 'person', kind: 'person', label: 'Whose account' };
const computerParam: FaultParam = { name: 'computer', kind: 'computer', label: 'Which computer' };
const policyParam: FaultParam = { name: 'policy', kind: 'text', label: 'Policy', example: 'Allow storage of user passwords' };
const stateParam: FaultParam = { name: 'state', kind: 'text', label: 'Enabled or Disabled', example: 'Disabled' };

const text = (a: FaultArgs, name: string, id: string) => arg<string>(a, name, 'string', id);
const stateOf = (a: FaultArgs, id: string): PolicyState => {
  const s = text(a, 'state', id);
  if (s !== 'Enabled' && s !== 'Disabled') throw new Error(`fault switch "${id}" needs state Enabled or Disabled; it was given "${s}"`);
  return s;
};
const profile = (w: FakeWorld, a: FaultArgs, id: string) =>
  w.computer(text(a, 'computer', id)).profile(w.person(text(a, 'person', id)).windowsUser);

/**
 * Administration (issue 12): Group Policy for Lync, per computer (HKLM) or per user (HKCU at the next logon), Lync's
 * own logging, and two causes of TE-05 the support articles give (DC-12): braces around MachineGuid, a locked RSA folder.
 */
export const adminFaults: readonly FaultSwitch[] = [
  {
    id: 'computer-policy',
    place: 'computer',
    title: 'a Lync policy is set in the Computer Configuration of a computer (HKLM)',
    catalog: ['AS-08', 'AS-09', 'AS-10', 'FS-14'],
    params: [computerParam, policyParam, stateParam],
    phrases: [
      {
        keyword: 'Given',
        expression: 'Group Policy sets {string} to {policy state} in the Computer Configuration of {computer}',
        args: ['policy', 'state', 'computer'],
        on: (a) => a.state !== 'Not configured',
        offWith: { state: 'Not configured' },
      },
    ],
    turnOn: (w, a) =>
      w.os.groupPolicy.setComputerPolicy(
        w.computer(text(a, 'computer', 'computer-policy')),
        policyNamed(text(a, 'policy', 'computer-policy')),
        stateOf(a, 'computer-policy'),
      ),
    turnOff: (w, a) =>
      w.os.groupPolicy.setComputerPolicy(
        w.computer(text(a, 'computer', 'computer-policy')),
        policyNamed(text(a, 'policy', 'computer-policy')),
        'Not configured',
      ),
  },
  {
    id: 'user-policy',
    place: 'account',
    title: "a Lync policy is set in a user's User Configuration (HKCU, from the next logon)",
    catalog: ['AS-08', 'AS-09', 'AS-10'],
    params: [personParam, policyParam, stateParam],
    phrases: [
      {
        keyword: 'Given',
        expression: 'Group Policy sets {string} to {policy state} in the User Configuration of {person}',
        args: ['policy', 'state', 'person'],
        on: (a) => a.state !== 'Not configured',
        offWith: { state: 'Not configured' },
      },
    ],
    turnOn: (w, a) =>
      w.os.groupPolicy.setUserPolicy(
        w.person(text(a, 'person', 'user-policy')).windowsUser,
        policyNamed(text(a, 'policy', 'user-policy')),
        stateOf(a, 'user-policy'),
      ),
    turnOff: (w, a) =>
      w.os.groupPolicy.setUserPolicy(
        w.person(text(a, 'person', 'user-policy')).windowsUser,
        policyNamed(text(a, 'policy', 'user-policy')),
        'Not configured',
      ),
  },
  {
    id: 'logging-on',
    place: 'client setting',
    title: 'logging is turned on in Lync (its own log files under Tracing)',
    catalog: ['FS-14'],
    params: [personParam, computerParam],
    phrases: [
      { keyword: 'Given', expression: 'logging in Lync is turned on for {person} on {computer}', on: true },
      { keyword: 'When', expression: 'logging in Lync is turned off for {person} on {computer}', on: false },
    ],
    turnOn: (w, a) => {
      profile(w, a, 'logging-on').tracing = true;
      w.timeline.record(`logging in Lync is turned on for ${text(a, 'person', 'logging-on')} on ${text(a, 'computer', 'logging-on')}`);
    },
    turnOff: (w, a) => {
      profile(w, a, 'logging-on').tracing = false;
      w.timeline.record(`logging in Lync is turned off for ${text(a, 'person', 'logging-on')} on ${text(a, 'computer', 'logging-on')}`);
    },
  },
  {
    id: 'machine-guid-braces',
    place: 'computer',
    title: 'the MachineGuid of a computer has braces around it, so no new certificate can be stored',
    catalog: ['DC-12', 'TE-05'],
    params: [computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the MachineGuid of {computer} has braces around it', on: true },
      { keyword: 'When', expression: 'the support desk removes the braces around the MachineGuid of {computer}', on: false },
    ],
    turnOn: (w, a) => {
      w.computer(text(a, 'computer', 'machine-guid-braces')).machineGuidBraces = true;
      w.timeline.record(
        `HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MachineGuid of ${text(a, 'computer', 'machine-guid-braces')} has braces around it`,
      );
    },
    turnOff: (w, a) => {
      w.computer(text(a, 'computer', 'machine-guid-braces')).machineGuidBraces = false;
      w.timeline.record(`the braces around MachineGuid of ${text(a, 'computer', 'machine-guid-braces')} are removed`);
    },
  },
  {
    id: 'rsa-folder-locked',
    place: 'local cache',
    title: "a user's RSA key folder (S-1-5-21-...) is locked, so no new certificate can be stored",
    catalog: ['DC-12', 'TE-05', 'TE-14'],
    params: [personParam, computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the RSA key folder of {person} on {computer} is locked', on: true },
      { keyword: 'When', expression: 'the support desk deletes the RSA key folder of {person} on {computer}', on: false },
    ],
    turnOn: (w, a) => {
      profile(w, a, 'rsa-folder-locked').rsaFolderLocked = true;
      w.timeline.record(
        `the RSA key folder of ${text(a, 'person', 'rsa-folder-locked')} on ${text(a, 'computer', 'rsa-folder-locked')} is locked`,
      );
    },
    turnOff: (w, a) => {
      profile(w, a, 'rsa-folder-locked').rsaFolderLocked = false;
      w.timeline.record(
        `the RSA key folder of ${text(a, 'person', 'rsa-folder-locked')} on ${text(a, 'computer', 'rsa-folder-locked')} is deleted`,
      );
    },
  },
];
