#!/usr/bin/env node
// The reference client, served over the client protocol (docs/client-protocol.md) on stdin and stdout.
// The external driver runs it when SIGNIN_CLIENT is not set; SIGNIN_MUTANT serves a mutant instead (mutants/host-main.ts).
'use strict';
const { loadCompiled } = require('./compile-cache');

const entry = process.env.SIGNIN_MUTANT
  ? loadCompiled('mutants/host-main.ts', 'reference-client-host-mutants')
  : loadCompiled('src/protocol/host/main.ts', 'reference-client-host');
entry.main().then((code) => {
  process.exitCode = code;
});
