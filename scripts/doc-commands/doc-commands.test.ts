import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

// scripts/doc-commands.js on a document of its own: each kind of command passes or fails as the rules say, the run
// fails when one command does, and its last line counts every command.

const fence = '```';
const doc = `# A document

${fence}sh
node -e "process.exit(0)"
node -e "process.exit(3)"   # exits 3: on purpose
node -e "process.exit(3)"
npm run test:ui
npm run test:nowhere
npm run gate -- --client "<your client>"
npm run no-such-script -- <x>
sudo apt-get install -y chromium
${fence}

${fence}console
$ node -e "console.log('Scenario: x (a.feature:13)')"
Scenario: x (a.feature:13)
$ node -e "console.log('Scenario: x (a.feature:13)')"
Scenario: x (a.feature:12)
$ node -e "console.log('listening on 1'); setTimeout(() => {}, 60000)"
listening on ...
${fence}
`;

test('a document with working and broken commands: each is one check, the broken ones fail the run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doc-commands-test-'));
  try {
    const file = join(dir, 'doc.md');
    writeFileSync(file, doc);
    const started = Date.now();
    const r = spawnSync(process.execPath, [join(__dirname, '..', 'doc-commands.js'), '--no-tally', file], {
      encoding: 'utf8',
      cwd: join(__dirname, '..', '..'),
      timeout: 60_000,
    });
    const lines = r.stdout.split('\n');
    const verdict = (line: number) =>
      lines
        .find((l) => l.includes(`doc.md:${line} `))
        ?.slice(0, 6)
        .trim();
    expect(
      [4, 5, 6, 7, 8, 9, 10, 11, 15, 17, 19].map((l) => [l, verdict(l)]),
      r.stdout,
    ).to.deep.equal([
      [4, 'ok'],
      [5, 'ok'],
      [6, 'FAILED'],
      [7, 'ok'],
      [8, 'FAILED'],
      [9, 'ok'],
      [10, 'FAILED'],
      [11, 'ok'],
      [15, 'ok'],
      [17, 'FAILED'],
      [19, 'ok'],
    ]);
    expect(r.stdout).to.contain('exit code 3, the document means 0');
    expect(r.stdout).to.contain('"npm run test:nowhere" is a whole suite, but no step of .ci/run runs it');
    expect(r.stdout).to.contain('its output lacks the shown line "Scenario: x (a.feature:12)"');
    expect(r.stdout).to.contain('printed the shown lines, then was stopped');
    expect(lines.filter(Boolean).at(-1)).to.equal('7 passed, 4 failed');
    expect(r.status).to.equal(1);
    expect(Date.now() - started, 'the server was stopped, not waited for').to.be.below(45_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
