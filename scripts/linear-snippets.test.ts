import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { advanceTo, originalAdvanceTo, ParameterTypeMatcher, startSensitive } from './linear-snippets';

// The snippet generator with advanceTo moving past each match (scripts/linear-snippets.js) must suggest exactly what
// it suggests with Cucumber Expressions' own advanceTo: every step of the features and random texts, with the
// project's parameter types and Cucumber's own ones; and it must run each regexp a number of times that grows with
// the number of matches, not with the length of the text.

interface Generated {
  source: string;
  parameterNames: string[];
}
interface Generator {
  generateExpressions(text: string): { source: string; parameterNames: string[] }[];
}
type GeneratorClass = new (parameterTypes: () => readonly unknown[]) => Generator;
type RegistryClass = new () => { readonly parameterTypes: Iterable<unknown>; defineParameterType(p: unknown): void };
type ParameterTypeClass = new (name: string, regexp: RegExp, type: null, transform: (s: string) => string) => unknown;

const cucumber = dirname(require.resolve('@cucumber/cucumber'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const expressions = require(require.resolve('@cucumber/cucumber-expressions', { paths: [cucumber] })) as {
  CucumberExpressionGenerator: GeneratorClass;
  ParameterTypeRegistry: RegistryClass;
  ParameterType: ParameterTypeClass;
};

const prototype = ParameterTypeMatcher.prototype as { advanceTo: typeof advanceTo };
function generate(parameterTypes: readonly unknown[], text: string, using: typeof advanceTo): Generated[] {
  prototype.advanceTo = using;
  try {
    const generator = new expressions.CucumberExpressionGenerator(() => parameterTypes);
    return generator.generateExpressions(text).map((e) => ({ source: e.source, parameterNames: e.parameterNames }));
  } finally {
    prototype.advanceTo = advanceTo;
  }
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.feature') ? [join(dir, e.name)] : [],
  );

async function projectParameterTypes(): Promise<unknown[]> {
  const { runConfiguration } = await loadConfiguration({ provided: { paths: [] }, profiles: ['api'] });
  const support = (await loadSupport(runConfiguration)) as unknown as { parameterTypeRegistry: { parameterTypes: Iterable<unknown> } };
  return [...support.parameterTypeRegistry.parameterTypes];
}

test('the same snippets as Cucumber Expressions for every step of the features and for random texts', async () => {
  const types = await projectParameterTypes();
  const steps = new Set(
    walk(join(__dirname, '..', 'features')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((l) => /^\s*(?:Given|When|Then|And|But|\*)\s+(.*\S)\s*$/.exec(l)?.[1])
        .filter((s): s is string => s !== undefined),
    ),
  );
  expect(steps.size).to.be.greaterThan(300);
  for (const step of steps) expect(generate(types, step, advanceTo), step).to.deep.equal(generate(types, step, originalAdvanceTo));
  const pieces = fc.constantFrom('A', 'a', '1', '0', ' ', '>', '-', '.', 'E', '"', "'", '\\', '!', 'PC', 'Alice', ' minutes', 'File > ');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(generate(types, text, advanceTo), text).to.deep.equal(generate(types, text, originalAdvanceTo));
    }),
    { numRuns: 400, seed: 25 },
  );
});

test('a regexp that depends on where its text starts keeps the original search', () => {
  const cases: [string, boolean][] = [
    ['[A-Z][a-z]+', false],
    ['"([^"\\\\]*(\\\\.[^"\\\\]*)*)"', false],
    ['[\\]^]x', false],
    ['[\\b]x', false],
    ['a\\^b', false],
    ['^x', true],
    ['\\bx', true],
    ['x\\B', true],
    ['(?<!\\d)x', true],
    ['(?<name>x)', true],
  ];
  for (const [regexp, sensitive] of cases) expect(startSensitive(regexp), regexp).to.equal(sensitive);
  const word = new expressions.ParameterType('word start', /\bfo+/, null, (s) => s);
  for (const text of ['afoo foo', 'foo', 'xfo fo', 'ofoo'])
    expect(generate([word], text, advanceTo), text).to.deep.equal(generate([word], text, originalAdvanceTo));
});

/** How many times the parameter types' regexps run while the generator works on one text. */
function regexpRuns(parameterTypes: readonly unknown[], text: string, using: typeof advanceTo): number {
  const exec = RegExp.prototype.exec;
  const sources = new Set(parameterTypes.flatMap((p) => (p as { regexpStrings: string[] }).regexpStrings.map((r) => `(${r})`)));
  let runs = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (sources.has(this.source)) runs++;
    return exec.call(this, s);
  };
  try {
    generate(parameterTypes, text, using);
  } finally {
    RegExp.prototype.exec = exec;
  }
  return runs;
}

test('each regexp runs a few times per match, not once per position of the text', () => {
  const registry = new expressions.ParameterTypeRegistry();
  const float = [...registry.parameterTypes].filter((p) => (p as { name: string }).name === 'float');
  const text = 'A'.repeat(1000);
  expect(regexpRuns(float, text, originalAdvanceTo), 'Cucumber Expressions: once per position').to.be.greaterThan(900);
  expect(regexpRuns(float, text, advanceTo)).to.be.lessThan(5);
  const menuPath = [new expressions.ParameterType('menu path', /[A-Z][A-Za-z0-9 ]*(?:> ?[A-Z][A-Za-z0-9 -]*)+/, null, (s) => s)];
  const numbers = '1 '.repeat(500);
  expect(regexpRuns([...float, ...menuPath], numbers, originalAdvanceTo), 'Cucumber Expressions').to.be.greaterThan(100_000);
  expect(regexpRuns([...float, ...menuPath], numbers, advanceTo)).to.be.lessThan(3 * 500);
});
