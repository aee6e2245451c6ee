import { expect } from 'chai';
import { test } from 'node:test';
import { clientEnvironment } from './client-environment';

const cases: { key: string; seen: boolean }[] = [
  { key: 'PATH', seen: true },
  { key: 'SIGNIN_ASSUMPTIONS', seen: true },
  { key: 'SIGNIN_GATE_RUN', seen: true },
  { key: 'SIGNIN_GATE_DIR', seen: false },
  { key: 'SIGNIN_CLIENT_TALLY_FILE', seen: false },
  { key: 'SIGNIN_REPORTS_DIR', seen: false },
  { key: 'SIGNIN_TRACE', seen: false },
  { key: 'INIT_CWD', seen: false },
  { key: 'npm_package_json', seen: false },
];

for (const c of cases) {
  test(`clientEnvironment: ${c.key} is ${c.seen ? 'passed on' : 'hidden'}`, () => {
    expect(c.key in clientEnvironment({ [c.key]: 'x' })).to.equal(c.seen);
  });
}
