#!/usr/bin/env node
// npm start: the playground. Serves the simulated desktop of a demo fake world on 127.0.0.1, with a side panel that
// changes the world (Windows logon, network, DNS, clock, service, colleagues, time) and writes what was done as Gherkin.
// Usage: npm start [-- --port 4013]   (PORT works too; 0 picks a free port)
require('./register-ts');
const { startPlayground } = require('../src/ui/playground');
const { parseCommandLine, runCommand, wholeNumber } = require('./command-line');

async function main() {
  const { values } = parseCommandLine('npm start -- [--port 4013]', { options: { port: { type: 'string' } } });
  const given = values.port ?? process.env.PORT;
  const port =
    given === undefined || given === '' ? 4013 : wholeNumber(given, values.port === undefined ? 'PORT' : '--port', { max: 65535 });
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

runCommand('playground', main);
