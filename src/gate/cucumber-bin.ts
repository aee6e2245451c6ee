import * as path from 'node:path';

/**
 * cucumber-js's command, wherever npm put the package: in signin-sim's node_modules, or hoisted into the
 * node_modules of a project that installed the gate as a package.
 */
export function cucumberBin(): string {
  const main = require.resolve('@cucumber/cucumber');
  const marker = `${path.sep}node_modules${path.sep}@cucumber${path.sep}cucumber${path.sep}`;
  const at = main.lastIndexOf(marker);
  if (at < 0) throw new Error(`cannot find cucumber-js's package folder from ${main}`);
  return path.join(main.slice(0, at + marker.length), 'bin', 'cucumber.js');
}
