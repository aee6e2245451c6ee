// Each suite writes its own count to reports/tally/<suite>.json; .ci/run adds them up for its last line.
// A tally is written whole (a partial file renamed into place): a reader sees the old count or the new one.
const fs = require('node:fs');
const path = require('node:path');
const { writeFileAtomic } = require('../src/run-folder/write-files-atomic');

const tallyDir = () => path.join(process.env.SIGNIN_REPORTS_DIR ?? 'reports', 'tally');

function writeTally(suite, passed, failed) {
  writeFileAtomic(path.join(tallyDir(), `${suite}.json`), JSON.stringify({ suite, passed, failed }));
}

function readTallies() {
  const dir = tallyDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

module.exports = { writeTally, readTallies };
