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
