import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ClientConnection } from '../src/drivers/external/client-connection';
import { ClientFault, type FaultCause } from '../src/drivers/external/client-fault';
import { clientLimits } from '../src/drivers/external/client-limits';
import { ScenarioBudget } from '../src/drivers/external/scenario-budget';
import { protocolVersion } from '../src/protocol';
import { boundedRun } from './support/bounded-run';

/**
 * Issue 25: bytes that are not UTF-8 break the protocol, at both ends. A lossy decoder turned them into U+FFFD, so a
 * client could hide them inside a JSON string of an answer the harness then accepted.
 */
const root = join(__dirname, '..');
let dir = '';

/** A client that answers `initialize` with a name holding a byte that is never UTF-8 (0x80 on its own). */
const client = `
let input = '';
process.stdin.setEncoding('utf8').on('data', (chunk) => {
  input += chunk;
  const line = input.split('\\n')[0];
  if (!input.includes('\\n')) return;
  const { id } = JSON.parse(line);
  const head = JSON.stringify({ jsonrpc: '2.0', id, result: { protocolVersion: '${protocolVersion}', client: { name: 'x', version: '1' }, capabilities: [] } });
  const [before, after] = head.split('"name":"x"');
  process.stdout.write(Buffer.concat([Buffer.from(before + '"name":"x'), Buffer.from([0x80]), Buffer.from('"' + after + '\\n')]));
});
`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-utf8-'));
  writeFileSync(join(dir, 'client.js'), client);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the harness refuses an answer holding bytes that are not UTF-8 inside a JSON string', { timeout: 20_000 }, async () => {
  const limits = clientLimits({});
  const faults: FaultCause[] = [];
  const context = {
    client: 'bad UTF-8',
    command: 'node client.js',
    process: 'lync.exe',
    lync: 'alice on PC1',
    scenario: null,
    step: null,
    stderr: [],
  };
  const connection = new ClientConnection(
    { command: `node ${join(dir, 'client.js')}`, cwd: dir, name: 'bad UTF-8' },
    process.env,
    limits,
    new ScenarioBudget(limits),
    {
      serve: () => ({}),
      fault: (cause) => {
        faults.push(cause);
        return new ClientFault(cause, context, (s) => s);
      },
      ended: () => undefined,
    },
  );
  const params = {
    protocolVersion: protocolVersion as 'signin-sim/4',
    identity: { computer: 'PC1', windowsUser: 'alice', version: '15.0', pid: 1 },
    harness: { name: 'test', version: '1' },
  };
  const answer = await connection.call('initialize', params, 'initialize', 10_000).then(
    (result) => ({ accepted: JSON.stringify(result) }),
    (error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) }),
  );
  await connection.kill();
  expect(answer)
    .to.have.property('refused')
    .that.matches(/broke the protocol: wrote bytes on stdout that are not UTF-8/);
  expect(faults.map((f) => f.kind)).to.deep.equal(['protocol violation']);
});

test('the reference client host refuses a request holding bytes that are not UTF-8, in one line', { timeout: 30_000 }, async () => {
  const request = Buffer.concat([
    Buffer.from(
      `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"${protocolVersion}","identity":{"computer":"PC1","windowsUser":"ali`,
    ),
    Buffer.from([0xc3, 0x28]),
    Buffer.from('ce","version":"15.0","pid":1},"harness":{"name":"t","version":"1"}}}\n'),
  ]);
  const run = await boundedRun(process.execPath, [join(root, 'bin', 'reference-client-host.js')], {
    cwd: root,
    timeoutMs: 20_000,
    input: request.toString('latin1'),
    inputEncoding: 'latin1',
  });
  expect(run.timedOut).to.equal(false);
  expect(run.code, run.stdout + run.stderr).to.not.equal(0);
  expect(run.stdout, 'no answer to the request').to.equal('');
  expect(run.stderr.trim()).to.equal('reference client host: the harness sent bytes that are not UTF-8');
});
