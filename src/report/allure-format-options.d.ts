/** Types for allure-format-options.js (plain CommonJS so cucumber.js can require it). */
export interface AllureLabel {
  name: string;
  value: string;
}

/** The parts of an Allure test result the listener reads and changes. */
export interface AllureResultLike {
  name?: string;
  status?: string;
  statusDetails: { message?: string };
  labels: AllureLabel[];
  parameters: { name: string; value: string }[];
  steps: { name?: string; status?: string }[];
}

export interface AllureFormatOptions {
  resultsDir: string;
  writer: object;
  labels: { name: string; pattern: RegExp[] }[];
  listeners: { beforeTestResultStop: (result: AllureResultLike) => void }[];
}

export function allureFormatOptions(options?: {
  profile?: string;
  column?: string;
  reportsDir?: string;
  resultsDir?: string;
}): AllureFormatOptions;

/** Where a profile's results go: `<reportsDir>/<profile>/allure-results`. */
export function allureResultsDir(options?: { profile?: string; reportsDir?: string }): string;
export function relabel(result: AllureResultLike, column: string, profile?: string): void;
export function plainTextLogs(result: AllureNode): void;

/** A test result or step: what plainTextLogs walks. */
export interface AllureNode {
  attachments?: { name: string; source: string; type: string }[];
  steps?: AllureNode[];
}
export function breakUndefined(result: AllureResultLike): void;
