import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// Every devDependency, with where it is used. A package that is no longer used fails here: remove it from
// package.json (npm uninstall) or say where it is used. Each claim is checked against the file it names.

type How = 'imported' | 'loaded by a config' | 'run by a script' | 'types for tsc';
interface Use {
  readonly how: How;
  readonly file: string;
  /** What the file must contain; by default an import or require of the package. */
  readonly needle?: RegExp;
}

const root = join(__dirname, '..');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const importOf = (pkg: string) => new RegExp(`(from\\s+|require\\(|import\\()\\s*['"]${escape(pkg)}(/[^'"]*)?['"]`);

export const uses: Readonly<Record<string, Use>> = {
  '@cucumber/cucumber': { how: 'imported', file: 'step-definitions/support/hooks.ts' },
  '@cucumber/cucumber-expressions': { how: 'imported', file: 'src/harness/phrasebook.ts' },
  '@cucumber/gherkin': { how: 'imported', file: 'src/symptoms/feature-scenarios.ts' },
  '@cucumber/messages': { how: 'imported', file: 'src/report/read-messages.ts' },
  '@cucumber/query': { how: 'imported', file: 'src/recorded-run/scenario-runs.ts' },
  '@sinonjs/fake-timers': { how: 'imported', file: 'src/fakes/virtual-clock.ts' },
  '@stryker-mutator/core': {
    how: 'run by a script',
    file: 'scripts/run-stryker.js',
    needle: /'@stryker-mutator', 'core', 'bin', 'stryker\.js'/,
  },
  '@stryker-mutator/cucumber-runner': {
    how: 'loaded by a config',
    file: 'stryker.config.json',
    needle: /"@stryker-mutator\/cucumber-runner"/,
  },
  '@swc/core': { how: 'loaded by a config', file: 'scripts/register-ts.js' },
  '@types/chai': { how: 'types for tsc', file: 'src/harness/checks/mismatch.ts', needle: importOf('chai') },
  '@types/node': { how: 'types for tsc', file: 'tsconfig.json', needle: /"types":\s*\[\s*"node"/ },
  '@types/sinon': { how: 'types for tsc', file: 'src/fakes/virtual-clock.test.ts', needle: importOf('sinon') },
  '@types/sinonjs__fake-timers': { how: 'types for tsc', file: 'src/fakes/virtual-clock.ts', needle: importOf('@sinonjs/fake-timers') },
  '@viz-js/viz': { how: 'imported', file: 'src/report/render-diagram.ts' },
  'allure-commandline': { how: 'run by a script', file: 'scripts/report-allure.js', needle: /require\.resolve\('allure-commandline\// },
  'allure-cucumberjs': { how: 'loaded by a config', file: 'cucumber.js', needle: /allure-cucumberjs\/reporter/ },
  chai: { how: 'imported', file: 'src/harness/checks/mismatch.ts' },
  'fast-check': { how: 'imported', file: 'src/explore/explore.ts' },
  minisearch: { how: 'imported', file: 'src/intake/search-causes.ts' },
  eslint: { how: 'run by a script', file: 'scripts/test.js', needle: /bin\('eslint'\)/ },
  'playwright-core': { how: 'imported', file: 'src/drivers/browser/launch-chromium.ts' },
  prettier: { how: 'run by a script', file: 'scripts/test.js', needle: /bin\('prettier'\)/ },
  sinon: { how: 'imported', file: 'src/fakes/virtual-clock.test.ts' },
  'ts-node': { how: 'loaded by a config', file: 'scripts/register-ts.js' },
  typescript: { how: 'run by a script', file: 'scripts/test.js', needle: /bin\('tsc'\)/ },
  'typescript-eslint': { how: 'loaded by a config', file: 'eslint.config.js' },
  'wink-porter2-stemmer': { how: 'imported', file: 'src/intake/search-causes.ts' },
};

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
// The gate's run-time dependencies (what the packed gate needs) and the devDependencies alike.
const installed = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort();

test('every devDependency says where it is used, and nothing else is listed', () => {
  expect(Object.keys(uses).sort(), 'devDependencies in package.json (+ listed here only, - installed only)').to.deep.equal(installed);
});

for (const [pkg, use] of Object.entries(uses)) {
  test(`${pkg}: ${use.how} (${use.file})`, () => {
    const text = readFileSync(join(root, use.file), 'utf8');
    expect(text, `${use.file} no longer uses ${pkg}`).to.match(use.needle ?? importOf(pkg));
  });
}
