#!/usr/bin/env node
// The reference client, served over the client protocol (docs/client-protocol.md) on stdin and stdout.
// The external driver runs it when SIGNIN_CLIENT is not set; SIGNIN_MUTANT serves a mutant instead (mutants/host-main.ts).
'use strict';
const { compiled } = require('./compiled');

// Compiled (the package's dist/): the JavaScript is there. From the source tree: transpiled once into a cache.
// SIGNIN_MUTANT (the harness's own mutant runs, from the source tree only) serves mutants/host-main.ts instead.
const host = process.env.SIGNIN_MUTANT
  ? require('./compile-cache').loadCompiled('mutants/host-main.ts', 'reference-client-host-mutants')
  : compiled
    ? require('../src/protocol/host/main')
    : require('./compile-cache').loadCompiled('src/protocol/host/main.ts', 'reference-client-host');
host.main().then((code) => {
  process.exitCode = code;
});
