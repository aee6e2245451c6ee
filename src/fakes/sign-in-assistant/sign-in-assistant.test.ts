import { expect } from 'chai';
import { test } from 'node:test';
import { compareVersions, currentSignInAssistantVersion, SignInAssistant } from './sign-in-assistant';

const open = { filePac: false, droppedByFirewall: false };

test('versions compare part by part, a missing part counting as 0', () => {
  expect(compareVersions('7.250.4303.0', '7.0.1762.0')).to.equal(1);
  expect(compareVersions('7.0', '7.0.0.0')).to.equal(0);
  expect(compareVersions('7.9', '7.250')).to.equal(-1);
});

test('the Sign-In Assistant carries a sign-in only installed, running, up to date and let through', () => {
  const a = new SignInAssistant();
  expect(a.refusal(open)).to.equal(null);
  expect(a.refusal({ ...open, filePac: true })).to.equal('sign-in address not found');
  expect(a.refusal({ ...open, droppedByFirewall: true })).to.equal('sign-in address not found');
  a.install('7.0.0.0');
  expect(a.outOfDate).to.equal(true);
  expect(a.refusal(open)).to.equal('certificate rejected');
  a.install();
  expect(a.version).to.equal(currentSignInAssistantVersion);
  a.uninstall();
  expect(a.refusal(open)).to.equal('sign-in address not found');
});

test('a missing service cannot be started (1060), nor does a computer start bring it back; installing starts it', () => {
  const a = new SignInAssistant();
  a.uninstall();
  expect(a.start()).to.match(/^System error 1060/);
  a.computerStarted();
  expect(a.state).to.equal('Stopped');
  a.install();
  expect([a.state, a.startupType]).to.deep.equal(['Running', 'Automatic']);
});

test('a disabled service answers 1058 and stays stopped', () => {
  const a = new SignInAssistant();
  a.startupType = 'Disabled';
  a.stop();
  expect(a.start()).to.match(/^System error 1058/);
  a.computerStarted();
  expect(a.state).to.equal('Stopped');
});
