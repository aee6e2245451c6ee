/** Types for folder-lock.js (plain CommonJS so the runner and Cucumber's process can require it). */
export class FolderInUse extends Error {}
export const lockName: string;
export function lockFolder(
  dir: string,
  options?: { waitMs?: number; what?: string; now?: () => number; sleep?: (ms: number) => void },
): { token: string; release: () => void };
export function holdsLock(dir: string, token: string): boolean;
export function releaseLock(dir: string, token: string): void;
