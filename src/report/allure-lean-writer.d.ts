/** Types for allure-lean-writer.js (plain CommonJS so cucumber.js can require it). */
export class LeanAllureWriter {
  constructor(resultsDir: string);
  writeResult(result: object): void;
  writeAttachment(name: string, content: Buffer | string): void;
}

/** Whether a container (the fixtures of Before/After hooks) has anything to show: a failure or an attachment. */
export function carriesSomething(group: object): boolean;
