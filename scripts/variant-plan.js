// What the variants suite (scripts/run-variants.js) decides without running anything: which variants there are, the
// cucumber-js filter for each of its two tries, and which scenario caught a variant. Kept apart so that it is tested
// with tables (variant-plan.test.ts).
const fs = require('node:fs');
const path = require('node:path');

/** The variants of a folder: every `<name>.py` whose name does not start with "_" (those are shared code). */
function listVariants(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.py') && !f.startsWith('_'))
    .map((f) => f.slice(0, -'.py'.length))
    .sort();
}

/** A scenario name as a regular expression that matches that name only. */
const exactName = (name) => `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

/**
 * The cucumber-js arguments (after the gate's "--") of each try, in order. First the scenario that caught the
 * variant last time, when there is one; then the whole suite, stopping at the first failure, without the client's
 * known deviations (they fail by design, and fail-fast would stop at them).
 */
function tries(remembered, knownDeviations) {
  const first = remembered ? [{ kind: 'remembered', args: ['--name', exactName(remembered)] }] : [];
  const skip = knownDeviations.map(exactName).map((n) => n.slice(1, -1));
  const all = skip.length ? ['--name', `^(?!(?:${skip.join('|')})$)`] : [];
  return [...first, { kind: 'whole suite', args: ['--fail-fast', ...all] }];
}

/** The first result of a run that is not as the expectations say (a failure that is no known deviation), or null. */
function firstUnexpected(results, knownDeviations) {
  const known = new Set(knownDeviations);
  return results.find((r) => r.outcome === 'failed' && !known.has(r.name)) ?? null;
}

/** The memory of the last run: variant name to the scenario that caught it (a committed file). */
function readMemory(file) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

/** The memory to write: the catching scenarios of this run, and the old entries of variants that did not run. */
function nextMemory(old, rows, variants) {
  const kept = Object.entries(old).filter(([name]) => variants.includes(name) && !rows.some((r) => r.variant === name));
  const caught = rows.filter((r) => r.caughtBy !== null).map((r) => [r.variant, r.caughtBy.name]);
  return Object.fromEntries([...kept, ...caught].sort(([a], [b]) => a.localeCompare(b)));
}

module.exports = {
  listVariants,
  exactName,
  tries,
  firstUnexpected,
  readMemory,
  nextMemory,
  variantDir: path.join('examples', 'python-client', 'variants'),
};
