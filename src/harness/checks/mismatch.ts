import { AssertionError, expect } from 'chai';

/** What a Then step expected, in the article's words, and what the fake world or the screen showed instead. */
export interface Words {
  readonly expected: string;
  readonly found: string;
}

/** The one legend every check message carries. */
export const legend = '(- expected, + found)';

/**
 * The message of every check: one diff, expected against found, with one legend.
 *
 *   Alice on PC1 (- expected, + found)
 *   - Lync shows the sign-in window
 *   + Lync shows the main window
 */
export function mismatchMessage(subject: string, words: Words): string {
  return `${subject} ${legend}\n- ${words.expected}\n+ ${words.found}`;
}

/**
 * Runs a chai assertion on `actual`; when it fails, throws the check's own message instead of chai's. The
 * error keeps chai's expected and actual values for tools, with showDiff off: Cucumber would print a second
 * diff of them otherwise.
 */
export function verify<T>(subject: string, actual: T, assertion: (that: Chai.Assertion) => unknown, words: (actual: T) => Words): void {
  try {
    assertion(expect(actual));
  } catch (e) {
    if (!(e instanceof AssertionError)) throw e;
    const chai = e as Error & { expected?: unknown; actual?: unknown };
    throw new AssertionError(
      mismatchMessage(subject, words(actual)),
      { expected: chai.expected, actual: chai.actual, showDiff: false },
      verify,
    );
  }
}

/** A list in words: `"a", "b"`, or `nothing`. */
export const listed = (items: readonly string[], none = 'nothing'): string =>
  items.length === 0 ? none : items.map((i) => `"${i}"`).join(', ');

/** A value as a check's words: strings as they are, anything else as JSON. */
const worded = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? 'nothing' : JSON.stringify(value));

/** The commonest check: what was found equals what was expected (deeply); the diff shows both. */
export function same<T>(subject: string, found: T, expected: T): void {
  verify(
    subject,
    found,
    (t) => t.to.deep.equal(expected),
    (f) => ({ expected: worded(expected), found: worded(f) }),
  );
}

/** A condition in words: when it does not hold, the words say what was expected and what was found instead. */
export function holds(subject: string, condition: boolean, words: Words): void {
  verify(
    subject,
    condition,
    (t) => t.to.equal(true),
    () => words,
  );
}

/** Something the check needs to go on (a window, a control, an entry): there, or the words say what was missing. */
export function found<T>(subject: string, value: T, words: Words): asserts value is NonNullable<T> {
  verify(
    subject,
    value,
    (t) => t.to.not.be.oneOf([null, undefined]),
    () => words,
  );
}
