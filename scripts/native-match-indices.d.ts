// Types of scripts/native-match-indices.js, for its test.
export interface Group {
  readonly value: string | null | undefined;
  readonly start: number | null | undefined;
  readonly end: number | null | undefined;
  readonly children?: readonly Group[];
}
export interface TreeRegexpLike {
  readonly regexp: RegExp;
}
export type Match = (this: TreeRegexpLike, s: string) => Group | null;
export const TreeRegexp: new (r: RegExp | string) => TreeRegexpLike;
export const polyfilledMatch: Match;
export const nativeMatch: Match;
