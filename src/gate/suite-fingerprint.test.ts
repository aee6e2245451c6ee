import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import released from './released-versions.json';
import { suiteFingerprint } from './suite-fingerprint';

// A client team pins a version of the gate: the same version must always run the same scenarios over the same
// protocol. Each release records the fingerprint of both; a change to either needs a new version (docs/gate.md#versions).
const root = join(__dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const recorded: Readonly<Record<string, { scenarios: string; protocol: string }>> = released;

test(`the scenarios and the protocol are those recorded for version ${version} (package.json)`, () => {
  const now = suiteFingerprint(root);
  const entry = recorded[version];
  const fix =
    `bump "version" in package.json (major when a client that passed can now fail: docs/gate.md#versions), ` +
    `add its section to CHANGELOG.md, and record under it in src/gate/released-versions.json: ${JSON.stringify(now)}`;
  expect(entry, `version ${version} is not recorded: ${fix}`).not.to.equal(undefined);
  expect(now.scenarios, `the scenarios changed since ${version} was recorded: ${fix}`).to.equal(entry?.scenarios);
  expect(now.protocol, `the protocol's schemas changed since ${version} was recorded: ${fix}`).to.equal(entry?.protocol);
});

test('every recorded version has its section in CHANGELOG.md, and no two record the same suite', () => {
  const changelog = existsSync(join(root, 'CHANGELOG.md')) ? readFileSync(join(root, 'CHANGELOG.md'), 'utf8') : '';
  for (const v of Object.keys(recorded)) expect(changelog, `CHANGELOG.md has no "## [${v}]" section`).to.include(`## [${v}]`);
  const suites = Object.values(recorded).map((f) => `${f.scenarios}/${f.protocol}`);
  expect(new Set(suites).size, 'two versions record the same scenarios and protocol').to.equal(suites.length);
});
