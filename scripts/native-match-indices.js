// Cucumber Expressions finds where each step parameter starts through the regexp-match-indices polyfill. The
// polyfill's feature test runs `exec` without the `d` flag, so on every Node.js that has native match indices
// (16.4 and later) it still picks its JavaScript implementation, which parses each regexp with regexp-tree and
// defines `indices` as a getter on every match: about a tenth of a feature run's CPU here
// (docs/decisions/0007-native-match-indices.md). Cucumber has loaded Cucumber Expressions before any support code,
// so this module gives its TreeRegexp a `match` that asks the native `d` flag instead, with the same result.
// Loaded first by every Cucumber profile (cucumber.js, requireModule); scripts/native-match-indices.test.ts
// compares both on every step of the features.
'use strict';
const path = require('node:path');

// Cucumber's own copy of Cucumber Expressions, resolved from where Cucumber is.
const cucumber = path.dirname(require.resolve('@cucumber/cucumber'));
const expressions = path.dirname(require.resolve('@cucumber/cucumber-expressions', { paths: [cucumber] }));
// The package exports no TreeRegexp; the file is the one Cucumber itself loaded (the same module instance).
const TreeRegexp = require(path.join(expressions, 'TreeRegexp.js')).default;

/** The same regexp with the `d` flag, made once per regexp. */
const withIndices = new WeakMap();

/** `regexp.exec(string)` with `indices` on the match, as the polyfill returns it. */
function execWithIndices(regexp, string) {
  let d = withIndices.get(regexp);
  if (!d) {
    d = regexp.hasIndices ? regexp : new RegExp(regexp.source, `${regexp.flags}d`);
    withIndices.set(regexp, d);
  }
  d.lastIndex = regexp.lastIndex;
  const match = d.exec(string);
  regexp.lastIndex = d.lastIndex;
  return match;
}

const polyfilledMatch = TreeRegexp.prototype.match;

/**
 * TreeRegexp#match as Cucumber Expressions writes it, with the native exec in the polyfill's place.
 * @this {{ regexp: RegExp, groupBuilder: { build: (match: RegExpExecArray, next: () => number) => unknown } }}
 * @param {string} s
 */
function nativeMatch(s) {
  const match = execWithIndices(this.regexp, s);
  if (!match) return null;
  let groupIndex = 0;
  return this.groupBuilder.build(match, () => groupIndex++);
}

TreeRegexp.prototype.match = nativeMatch;

module.exports = { TreeRegexp, polyfilledMatch, nativeMatch };
