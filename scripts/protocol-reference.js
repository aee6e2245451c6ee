#!/usr/bin/env node
// npm run protocol-reference: writes the generated part of docs/client-protocol.md (between its reference markers)
// from the protocol's schemas, the golden exchanges (exchanges/), the client's texts and its assumptions.
// With --check it writes nothing and exits 1 when the document is stale.
require('./register-ts');
const fs = require('node:fs');
const { parseArgs } = require('node:util');
const { protocolDocPath, protocolDocText } = require('../src/reference-doc/protocol-doc');

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true });
const current = fs.readFileSync(protocolDocPath, 'utf8');
const text = protocolDocText(current);
if (values.check) {
  if (current !== text) {
    console.error('docs/client-protocol.md is stale: run npm run protocol-reference');
    process.exitCode = 1;
  }
} else {
  fs.writeFileSync(protocolDocPath, text);
  console.log(
    `wrote the reference part of docs/client-protocol.md (${text.length - current.length >= 0 ? '+' : ''}${text.length - current.length} characters)`,
  );
}
