// Test support: loads the project's support code once, then runs Cucumber (api profile) on each feature file named
// on the command line and prints one JSON line per file: { file, ms, success, error }. Run as a child process, so a
// run that hangs can be ended from outside.
'use strict';
const path = require('node:path');
const { Writable } = require('node:stream');

const root = path.join(__dirname, '..', '..');
const { loadConfiguration, loadSupport, runCucumber } = require(require.resolve('@cucumber/cucumber/api', { paths: [root] }));

const silent = () => new Writable({ write: (_chunk, _encoding, done) => done() });

async function main() {
  const env = { cwd: root, env: process.env, stdout: silent(), stderr: silent() };
  const { runConfiguration } = await loadConfiguration({ profiles: ['api'] }, env);
  const support = await loadSupport(runConfiguration, env);
  for (const file of process.argv.slice(2)) {
    const started = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
    try {
      const run = await runCucumber({ ...runConfiguration, sources: { ...runConfiguration.sources, paths: [file] }, support }, env);
      console.log(JSON.stringify({ file, ms: ms(), success: run.success, error: null }));
    } catch (error) {
      const message = [error, error instanceof Error ? error.cause : undefined]
        .filter(Boolean)
        .map((e) => (e instanceof Error ? e.message : String(e)))
        .join(': ');
      console.log(JSON.stringify({ file, ms: ms(), success: false, error: message }));
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
