// Each suite writes its own count to reports/tally/<suite>.json; .ci/run adds them up for its last line.
const fs = require('node:fs');
const path = require('node:path');

function writeTally(suite, passed, failed) {
  const dir = path.join('reports', 'tally');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${suite}.json`), JSON.stringify({ suite, passed, failed }));
}

function readTallies() {
  const dir = path.join('reports', 'tally');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

module.exports = { writeTally, readTallies };
