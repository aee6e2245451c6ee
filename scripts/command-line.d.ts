// Types of scripts/command-line.js, for its test and the scripts that use it (the values are checked by each script).
import type { ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}
export function parseCommandLine(
  usage: string,
  config: Omit<ParseArgsConfig, 'args'> & { readonly positionals?: readonly [number, number] },
  args?: readonly string[],
): ParsedCommandLine;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each script checks its own option values
export interface ParsedCommandLine {
  values: Record<string, any>;
  positionals: string[];
}
export function orExit<T>(name: string, read: () => T): T;
export function commandLineOrExit(
  name: string,
  usage: string,
  config: Omit<ParseArgsConfig, 'args'> & { readonly positionals?: readonly [number, number] },
  args?: readonly string[],
): ParsedCommandLine;
export function runCommand(name: string, main: () => unknown): void;
export function wholeNumber(text: string, name: string, bounds?: { min?: number; max?: number }): number;
export function oneLine(error: unknown): string;
