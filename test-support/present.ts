import { expect } from 'chai';

/**
 * Checks with chai that a value is there (neither null nor undefined) and tells TypeScript so for the lines after.
 * `expect(x).to.exist` does the check but narrows nothing.
 */
export function present<T>(value: T, what?: string): asserts value is NonNullable<T> {
  expect(value, what).to.not.be.oneOf([null, undefined]);
}
