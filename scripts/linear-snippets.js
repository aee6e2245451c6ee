// For an undefined step Cucumber suggests a snippet, made by Cucumber Expressions' CucumberExpressionGenerator. To
// find where each parameter type matches next, its ParameterTypeMatcher#advanceTo runs the type's regexp on the
// rest of the text from every position in turn, each run searching the whole rest: cubic in the step's length,
// times whatever a regexp spends at one position (Cucumber's own {float} looks ahead to the end of the text from
// every position). A 1,000-character undefined step took seconds. The next match from a position is the same for
// every position up to where it starts, so this module's advanceTo moves straight past it instead, with the same
// result (scripts/linear-snippets.test.ts compares both); docs/decisions/0010-bounded-step-text.md.
// Loaded by every Cucumber profile (cucumber.js, requireModule), like native-match-indices.js.
'use strict';
const path = require('node:path');

// Cucumber's own copy of Cucumber Expressions, resolved from where Cucumber is (see native-match-indices.js).
const cucumber = path.dirname(require.resolve('@cucumber/cucumber'));
const expressions = path.dirname(require.resolve('@cucumber/cucumber-expressions', { paths: [cucumber] }));
const ParameterTypeMatcher = require(path.join(expressions, 'ParameterTypeMatcher.js')).default;

const originalAdvanceTo = ParameterTypeMatcher.prototype.advanceTo;

/**
 * Whether a regexp can match differently at a position depending on where the text it runs on starts: `^`, `\b` or
 * `\B` outside a character class, or a lookbehind (or a named group, which looks the same here). Such a regexp keeps
 * the original, position-by-position search.
 */
function startSensitive(regexpString) {
  let inClass = false;
  for (let i = 0; i < regexpString.length; i++) {
    const c = regexpString[i];
    if (c === '\\') {
      if (!inClass && /[bB]/.test(regexpString[i + 1] ?? '')) return true;
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '^' || (c === '(' && regexpString.startsWith('?<', i + 1))) return true;
  }
  return false;
}

/** What advanceTo last answered on a matcher: the generator asks each of its matchers again from further on. */
const lastAnswer = new WeakMap();

/**
 * ParameterTypeMatcher#advanceTo as Cucumber Expressions writes it, without trying again the positions before the
 * next match's start: the regexp runs on `text.slice(p)` for each p in turn, and when the match it finds from p
 * starts at s, the match from every position up to s is that same match. The generator asks each matcher for the
 * next match from a position that only grows, so the last answer stands while it does not start before that position.
 */
/**
 * @this {any} the ParameterTypeMatcher being advanced
 * @param {number} newMatchPosition
 */
function advanceTo(newMatchPosition) {
  if (startSensitive(this.regexpString)) return originalAdvanceTo.call(this, newMatchPosition);
  const last = lastAnswer.get(this);
  if (last && last.from <= newMatchPosition && (!last.answer.match || last.answer.start >= newMatchPosition)) return last.answer;
  const answer = nextFind(this, newMatchPosition);
  lastAnswer.set(this, { from: newMatchPosition, answer });
  return answer;
}

function nextFind(matcher, from) {
  const { parameterType, regexpString, text } = matcher;
  for (let position = from; position < text.length;) {
    const next = new ParameterTypeMatcher(parameterType, regexpString, text, position);
    if (next.find) return next;
    // No match from here: none from any later position either.
    if (!next.match) break;
    position = Math.max(position, next.start) + 1;
  }
  return new ParameterTypeMatcher(parameterType, regexpString, text, text.length);
}

ParameterTypeMatcher.prototype.advanceTo = advanceTo;

module.exports = { ParameterTypeMatcher, originalAdvanceTo, advanceTo, startSensitive };
