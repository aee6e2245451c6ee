// Types of scripts/command-line.js, for its test.
import type { ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}
export function parseCommandLine(
  usage: string,
  config: Omit<ParseArgsConfig, 'args'> & { readonly positionals?: readonly [number, number] },
  args?: readonly string[],
): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
export function wholeNumber(text: string, name: string, bounds?: { min?: number; max?: number }): number;
export function oneLine(error: unknown): string;
