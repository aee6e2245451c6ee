/** Types for incomplete-marker.js (plain CommonJS so the runner and Cucumber's process can require it). */
export const markerName: string;
export function markIncomplete(dir: string, what: string): void;
export function clearIncomplete(dir: string): void;
/** The marker's first line, or null when the folder holds no marker. */
export function readIncomplete(dir: string): string | null;
