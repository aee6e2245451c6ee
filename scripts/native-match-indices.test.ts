import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type Group, nativeMatch, polyfilledMatch, TreeRegexp, type TreeRegexpLike } from './native-match-indices';

// The native `d` flag in the polyfill's place (scripts/native-match-indices.js) must match exactly as the polyfill
// does: every step of every feature against every step definition, and regexps with nested, optional,
// non-capturing, named and look-around groups.

const shape = (g: Group | null): unknown => g && { value: g.value, start: g.start, end: g.end, children: g.children?.map(shape) };
const both = (tree: TreeRegexpLike, s: string) => [shape(polyfilledMatch.call(tree, s)), shape(nativeMatch.call(tree, s))];

test('regexps with every kind of group match the same, natively and through the polyfill', () => {
  const cases: [RegExp, string][] = [
    [/^a(b(c)?)?(d)$/, 'abd'],
    [/^(?<word>\w+) (\d+)(?= items)/, 'apples 12 items'],
    [/^the (?!old)(\w+) window(s)?$/, 'the main windows'],
    [/^"([^"]*)" or "([^"]*)"$/, '"" or "b"'],
    [/^(a)|(b)$/, 'b'],
    [/^nothing$/, 'something'],
  ];
  for (const [regexp, s] of cases) {
    const [polyfill, native] = both(new TreeRegexp(regexp), s);
    expect(native, `${regexp} on "${s}"`).to.deep.equal(polyfill);
  }
});

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.feature') ? [join(dir, e.name)] : [],
  );

test('a group repeated by a quantifier: the native indices are right where the polyfill puts the last "y" at 0', () => {
  const tree = new TreeRegexp(/^(?:x|(y))+(z)?$/);
  expect(shape(nativeMatch.call(tree, 'xyxy'))).to.deep.equal({
    value: 'xyxy',
    start: 0,
    end: 4,
    children: [
      { value: 'y', start: 3, end: 4, children: undefined },
      { value: undefined, start: undefined, end: undefined, children: undefined },
    ],
  });
  expect(shape(polyfilledMatch.call(tree, 'xyxy'))).to.have.nested.property('children[0].start', 0);
});

test('every step of the features matches every step definition the same, natively and through the polyfill', async () => {
  const { runConfiguration } = await loadConfiguration({ provided: { paths: [] }, profiles: ['api'] });
  // The public type shows only the library's coordinates; the step definitions are there at run time.
  const support = (await loadSupport(runConfiguration)) as unknown as {
    stepDefinitions: { expression: unknown; pattern: string | RegExp }[];
  };
  const root = join(__dirname, '..');
  const steps = new Set(
    walk(join(root, 'features')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((l) => /^\s*(?:Given|When|Then|And|But|\*)\s+(.*\S)\s*$/.exec(l)?.[1])
        .filter((s): s is string => s !== undefined),
    ),
  );
  let matched = 0;
  for (const def of support.stepDefinitions) {
    const tree = (def.expression as unknown as { treeRegexp: TreeRegexpLike }).treeRegexp;
    for (const s of steps) {
      const [polyfill, native] = both(tree, s);
      if (polyfill) matched++;
      expect(native, `"${s}" against ${def.pattern.toString()}`).to.deep.equal(polyfill);
    }
  }
  expect(matched, 'steps that matched some definition').to.be.greaterThan(steps.size / 2);
});
