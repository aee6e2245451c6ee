// The command line of every npm script: Node's util.parseArgs in strict mode, so an unknown option, a missing value
// or a stray argument is refused, and one way to end: a mistake on the command line prints one line with the usage
// and exits 2; any other error prints its message, without a stack, and exits 1.
'use strict';
const { parseArgs } = require('node:util');

/** A mistake on the command line (or in a setting such as SIGNIN_SEED): printed as one line, exit code 2. */
class UsageError extends Error {}

/**
 * util.parseArgs with `strict: true`. Throws a UsageError that
 * ends with the usage line.
 * @param {string} usage  e.g. "npm run report -- [reportsDir]"
 * @param {import('node:util').ParseArgsConfig & { positionals?: [number, number] }} config  positionals: how few and
 *   how many arguments that are not options (none unless given)
 */
function parseCommandLine(usage, { positionals: [least, most] = [0, 0], ...config }, args = process.argv.slice(2)) {
  let parsed;
  try {
    parsed = parseArgs({ args, strict: true, allowPositionals: most > 0, ...config });
  } catch (error) {
    throw new UsageError(`${oneLine(error)} (usage: ${usage})`);
  }
  const n = parsed.positionals.length;
  if (n < least || n > most)
    throw new UsageError(
      `${n < least ? 'missing' : 'unexpected'} argument${n > most ? ` ${JSON.stringify(parsed.positionals[most])}` : ''} (usage: ${usage})`,
    );
  return parsed;
}

/** What `read` returns, for a script without a main function; when it throws, one line and the exit at once. */
function orExit(name, read) {
  try {
    return read();
  } catch (error) {
    process.stderr.write(`${name}: ${oneLine(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}

/** parseCommandLine for a script without a main function: a mistake prints one line and exits 2 at once. */
const commandLineOrExit = (name, usage, config, args = process.argv.slice(2)) => orExit(name, () => parseCommandLine(usage, config, args));

/** A whole number from `min` to `max` written as decimal digits, or a UsageError naming the option. */
function wholeNumber(text, name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  const n = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return n;
}

/** An error's message (and its cause's) on one line, without control characters. */
function oneLine(error) {
  const cause = error instanceof Error && error.cause !== undefined ? `: ${oneLine(error.cause)}` : '';
  const text = (error instanceof Error ? error.message : String(error)) + cause;
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
}

/** Runs a command's main function; a returned number is the exit code. */
function runCommand(name, main) {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (typeof code === 'number') process.exitCode = code;
      },
      (error) => {
        process.stderr.write(`${name}: ${oneLine(error)}\n`);
        process.exitCode = error instanceof UsageError ? 2 : 1;
      },
    );
}

module.exports = { UsageError, parseCommandLine, commandLineOrExit, orExit, wholeNumber, oneLine, runCommand };
