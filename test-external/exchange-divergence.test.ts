import { expect } from 'chai';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { findSecrets } from '../src/report/find-secrets';
import { readTrace } from '../src/exchanges/golden-exchanges';
import { root, runGate } from './support/run-gate';

/**
 * Issue 26, point 3: a deliberately broken copy of the Python example (its check box "Save my password" drawn as
 * "Save password") fails a scenario, and the gate shows where its exchange leaves the reference client's: the step,
 * then both sides in columns from the first difference. Its `--trace` file holds the exchange, with no password.
 */
const scenario = 'Save my password starts ticked';

function brokenPythonClient(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'signin-broken-python-'));
  const source = path.join(root, 'examples', 'python-client');
  for (const f of readdirSync(source).filter((n) => n.endsWith('.py'))) copyFileSync(path.join(source, f), path.join(dir, f));
  const file = path.join(dir, 'lync_client.py');
  const text = readFileSync(file, 'utf8');
  const broken = text.replace(
    '{"kind": "checkbox", "name": "Save my password", "checked": self.save_password}',
    '{"kind": "checkbox", "name": "Save password", "checked": self.save_password}',
  );
  expect(broken !== text, 'the Python example no longer draws the check box this test breaks').to.equal(true);
  writeFileSync(file, broken);
  return path.join(dir, 'client.py');
}

test('a broken Python client: the gate shows both exchanges side by side from the first difference, with the step', () => {
  const client = brokenPythonClient();
  const tmp = mkdtempSync(path.join(tmpdir(), 'signin-trace-'));
  const trace = path.join(tmp, 'trace.ndjson');
  const secrets = path.join(tmp, 'secrets.txt');
  const run = runGate(`python3 ${client}`, ['--name', `^${scenario}$`], { SIGNIN_SEED: '1', SIGNIN_SECRETS_FILE: secrets }, [
    '--trace',
    trace,
  ]);
  expect(run.status, run.output).to.equal(1);
  expect(run.output).to.include(`Exchange of "${scenario}" leaves the reference's at message`);
  expect(run.output).to.match(/\(step: Alice clicks Sign In on PC1\)/);
  expect(run.output).to.match(/reference client\s+\| this client/);
  const row = run.output.split('\n').find((l) => l.includes('"Save my password"') && l.includes(' | '));
  expect(row, run.output).to.be.a('string');
  expect(row?.slice(row.indexOf(' | '))).to.include('"Save password"');
  expect(run.output).to.match(/first different character at \d+: reference ….*Save my password.*…, client ….*Save password/);
  // The divergence comes before the closing counts, which stay the last line.
  expect(run.output.indexOf('Exchange of') < run.output.lastIndexOf('0 passed, 1 failed'), run.output).to.equal(true);

  const exchanges = readTrace(trace);
  expect(exchanges.map((e) => e.scenario)).to.deep.equal([scenario]);
  expect(exchanges[0]?.exchange.some((l) => l.includes('"Save password"'))).to.equal(true);
  const made = readFileSync(secrets, 'utf8').split('\n').filter(Boolean);
  expect(made.length > 0, 'the fakes made no password: the scan would prove nothing').to.equal(true);
  expect(findSecrets(tmp, made).filter((h) => h.file !== 'secrets.txt')).to.deep.equal([]);
});
