/** Types for write-files-atomic.js (plain CommonJS so the runner and Cucumber's process can require it). */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void;
export function writeFileAtomic(path: string, data: string | Uint8Array): void;
export function renameIntoPlace(moves: readonly { from: string; to: string }[]): void;
