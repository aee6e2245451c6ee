/** Types for partial-name.js (plain CommonJS so the runner and Cucumber's process can require it). */
export function partialName(file: string, pid?: number): string;
export function asideName(file: string, pid?: number): string;
export function removeLeftovers(dir: string, ownPid?: number): void;
export const leftover: RegExp;
