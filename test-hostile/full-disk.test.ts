import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';
import { root } from './support/runner';

// Issue 25: on a full disk `npm run report` left a 0-byte conformance.html, and the previous good report was lost.
// Here the reports folder is a small tmpfs of its own (a mount namespace, so nothing outside this test sees it): a good
// report is built, a second profile makes the next report larger, the disk is filled, and `npm run report` must fail
// with a clear error and leave the previous conformance.html and conformance.md exactly as they were.

const work = mkdtempSync(join(tmpdir(), 'hostile-disk-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Why a tmpfs cannot be mounted here, or null when it can. */
function cannotMount(): string | null {
  if (process.getuid?.() !== 0) return 'not root: mounting a tmpfs needs root (inside unshare --mount)';
  const probe = join(work, 'probe');
  mkdirSync(probe);
  const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs '${probe}'`], {
    encoding: 'utf8',
  });
  if (r.error) return `unshare is not available: ${r.error.message}`;
  return r.status === 0 ? null : `the kernel refused a tmpfs in a mount namespace: ${r.stderr.trim()}`;
}

const script = `set -e
mount -t tmpfs -o size=6m tmpfs "$DISK"
mkdir "$DISK/tiny"
cp "$SRC/tiny/messages.ndjson" "$SRC/tiny/run.json" "$DISK/tiny/"
node scripts/report.js "$DISK" > /dev/null
echo "before $(sha256sum < "$DISK/conformance.html" | cut -c1-64) $(sha256sum < "$DISK/conformance.md" | cut -c1-64) $(stat -c %s "$DISK/conformance.html")"
mkdir "$DISK/second"
cp "$SRC/tiny/messages.ndjson" "$DISK/second/"
echo '{"column":"A second column"}' > "$DISK/second/run.json"
dd if=/dev/zero of="$DISK/filler" bs=4096 2>/dev/null || true
echo "free $(df --output=avail -B1 "$DISK" | tail -1)"
set +e
node scripts/report.js "$DISK" 2>&1
echo "exit $?"
echo "after $(sha256sum < "$DISK/conformance.html" | cut -c1-64) $(sha256sum < "$DISK/conformance.md" | cut -c1-64) $(stat -c %s "$DISK/conformance.html")"
echo "files $(ls -A "$DISK" | tr '\\n' ' ')"
`;

test('on a full disk npm run report fails with a clear error and leaves the previous conformance report intact', (t) => {
  const reason = cannotMount();
  if (reason) {
    t.skip(reason);
    return;
  }
  recordTinyRun(join(work, 'src'));
  const disk = join(work, 'disk');
  mkdirSync(disk);
  const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DISK: disk, SRC: join(work, 'src') },
    timeout: 120_000,
  });
  const out = `${r.stdout}${r.stderr}`;
  const field = (name: string) => new RegExp(`^${name} (.*)$`, 'm').exec(out)?.[1] ?? '';
  expect(field('before'), out).to.match(/^[0-9a-f]{64} [0-9a-f]{64} [1-9]\d*$/);
  expect(Number(field('free')), 'the disk is full').to.be.lessThan(8192);
  expect(field('exit'), out).to.not.equal('0');
  expect(out).to.match(/ENOSPC|no space left/i);
  expect(field('after'), 'conformance.html and conformance.md are the previous ones').to.equal(field('before'));
  expect(
    field('files')
      .split(' ')
      .filter((f) => f.startsWith('.')),
    'no partial file is left behind',
  ).to.deep.equal([]);
});
