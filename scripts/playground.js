#!/usr/bin/env node
// npm start: the playground. Serves the simulated desktop of a demo fake world on 127.0.0.1, with a side panel that
// changes the world (Windows logon, network, DNS, clock, service, colleagues, time) and writes what was done as Gherkin.
// Usage: npm start [-- --port 4013]   (PORT works too; 0 picks a free port)
require('./register-ts');
const { startPlayground } = require('../src/ui/playground');

async function main() {
  const i = process.argv.indexOf('--port');
  const port = Number(i >= 0 ? process.argv[i + 1] : (process.env.PORT ?? 4013));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${process.argv[i + 1]}"`);
  const playground = await startPlayground({ port });
  console.log(`signin-sim playground: ${playground.url}  (Ctrl+C to stop)`);
  const stop = () => {
    playground.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
