// Types of scripts/linear-snippets.js, for its test.
export interface MatcherLike {
  readonly find: unknown;
  readonly start: number;
  readonly group: string;
  readonly match: RegExpExecArray | null;
}
export const ParameterTypeMatcher: new (parameterType: unknown, regexpString: string, text: string, matchPosition?: number) => MatcherLike;
export const originalAdvanceTo: (this: MatcherLike, position: number) => MatcherLike;
export const advanceTo: (this: MatcherLike, position: number) => MatcherLike;
export function startSensitive(regexpString: string): boolean;
