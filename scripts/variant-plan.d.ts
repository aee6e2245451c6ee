// Types of scripts/variant-plan.js, for its tests.
export interface Try {
  readonly kind: 'remembered' | 'whole suite';
  readonly args: readonly string[];
}
export interface Named {
  readonly name: string;
  readonly outcome: string;
}
export interface Row {
  readonly variant: string;
  readonly caughtBy: { readonly name: string } | null;
}
export const variantDir: string;
export function listVariants(dir: string): string[];
export function exactName(name: string): string;
export function tries(remembered: string | undefined, knownDeviations: readonly string[]): Try[];
export function firstUnexpected<R extends Named>(results: readonly R[], knownDeviations: readonly string[]): R | null;
export function readMemory(file: string): Record<string, string>;
export function nextMemory(
  old: Readonly<Record<string, string>>,
  rows: readonly Row[],
  variants: readonly string[],
): Record<string, string>;
