// Whether this code runs compiled (the package's dist/, built by scripts/build-package.js) or from the source tree,
// where TypeScript is loaded by ts-node. The compiled tree has no .ts file next to its .js.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

module.exports = { compiled: !existsSync(join(__dirname, '..', 'src', 'gate', 'run-gate.ts')) };
