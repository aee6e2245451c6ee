#!/usr/bin/env node
// Scans every file under reports/ for every password and certificate the fakes made during the run.
// The feature run writes them (outside reports/) to the file named by SIGNIN_SECRETS_FILE; this reads that file,
// scans, and deletes it. Exit 1 and the file names if any secret appears.
require('./register-ts');
const fs = require('node:fs');
const { findSecrets } = require('../src/report/find-secrets');

function checkNoSecrets(secretsFile, reportsDir = 'reports') {
  const secrets = fs.existsSync(secretsFile) ? [...new Set(fs.readFileSync(secretsFile, 'utf8').split('\n').filter(Boolean))] : [];
  if (secrets.length === 0) return { ok: false, message: `no secrets recorded in ${secretsFile}: the scan would prove nothing` };
  const hits = findSecrets(reportsDir, secrets);
  return hits.length === 0
    ? { ok: true, message: `no secret of the ${secrets.length} the fakes made appears under ${reportsDir}/` }
    : { ok: false, message: `secrets found under ${reportsDir}/: ${JSON.stringify(hits.slice(0, 5))}` };
}

module.exports = { checkNoSecrets };

if (require.main === module) {
  const r = checkNoSecrets(process.argv[2] ?? process.env.SIGNIN_SECRETS_FILE);
  console.log(r.message);
  process.exitCode = r.ok ? 0 : 1;
}
