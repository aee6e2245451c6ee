import { expect } from 'chai';
import { test } from 'node:test';
import { containedCommand, containment, statusFromInit } from './client-container';

const statuses: { text: string; is: ReturnType<typeof statusFromInit> }[] = [
  { text: '0\n', is: { code: 0, signal: null } },
  { text: '3\n', is: { code: 3, signal: null } },
  { text: '137\n', is: { code: null, signal: 'SIGKILL' } },
  { text: '139', is: { code: null, signal: 'SIGSEGV' } },
  { text: '128\n', is: { code: 128, signal: null } },
  { text: 'hello\n', is: null },
  { text: '', is: null },
  { text: '12345\n', is: null },
];

for (const c of statuses) {
  test(`statusFromInit: ${JSON.stringify(c.text)}`, () => {
    expect(statusFromInit(c.text)).to.deep.equal(c.is);
  });
}

test('containedCommand: the fallback runs the command with sh -c, as before', () => {
  expect(containedCommand({ kind: 'search', reason: 'x' }, 'python3 c.py')).to.deep.equal({
    file: '/bin/sh',
    args: ['-c', 'python3 c.py'],
  });
});

test("containedCommand: in a namespace, the command is the init's first argument, unchanged", () => {
  const { file, args } = containedCommand({ kind: 'pid-namespace', prefix: ['unshare', '--pid', '--'] }, 'python3 "my client.py"');
  expect(file).to.equal('unshare');
  expect(args.slice(0, 4)).to.deep.equal(['--pid', '--', '/bin/sh', '-c']);
  expect(args.slice(-2)).to.deep.equal(['signin-client', 'python3 "my client.py"']);
});

test('containment: SIGNIN_CONTAINMENT=search forces the fallback and says so', () => {
  expect(containment({ SIGNIN_CONTAINMENT: 'search' })).to.deep.equal({ kind: 'search', reason: 'SIGNIN_CONTAINMENT=search' });
});
