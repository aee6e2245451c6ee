import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

/** The file that marks a folder as a gate run's: run.json, with the files the run wrote under `gate.files`. */
export const markerName = 'run.json';

/** A file a gate run wrote, as it was when the run ended: only such a file may be removed by the next run. */
export interface OwnedFile {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Why the gate will not use a folder for its reports (a usage error: exit 2, nothing deleted). */
export class FolderRefused extends Error {}

/** A file, or a folder the gate writes whole (allure-results/: its size is 0, its time that of its last change). */
const isFile = (p: string): { size: number; mtimeMs: number } | null => {
  try {
    const s = lstatSync(p);
    if (s.isDirectory()) return { size: 0, mtimeMs: s.mtimeMs };
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
};

/** What the marker of `dir` says the gate wrote there; null when there is no marker of the gate. */
function ownedFiles(dir: string): OwnedFile[] | null {
  try {
    const marker = JSON.parse(readFileSync(path.join(dir, markerName), 'utf8')) as { gate?: { files?: unknown } };
    const files = marker.gate?.files;
    if (!Array.isArray(files)) return null;
    return files.filter(
      (f): f is OwnedFile =>
        typeof f === 'object' && f !== null && typeof (f as OwnedFile).name === 'string' && !/[\\/]/.test((f as OwnedFile).name),
    );
  } catch {
    return null;
  }
}

/**
 * Makes `dir` the folder of a new run, or refuses it. A missing or empty folder is created; a folder an earlier
 * run marked is cleared of exactly the files that run wrote (same name, size and time), after checking that it holds
 * nothing else; anything else is refused, and nothing is deleted. `legacy`: names an older gate wrote without a
 * marker, accepted only in the gate's default folder.
 */
export function claimRunFolder(dir: string, legacy: readonly string[] = []): void {
  let entries: string[];
  try {
    if (!lstatSync(dir).isDirectory()) throw new FolderRefused(`--out ${dir} is not a folder`);
    entries = readdirSync(dir);
  } catch (error) {
    if (error instanceof FolderRefused) throw error;
    mkdirSync(dir, { recursive: true });
    return;
  }
  const owned = ownedFiles(dir);
  const mine = (name: string): boolean => {
    const now = isFile(path.join(dir, name));
    if (now === null) return false;
    if (owned === null) return legacy.includes(name);
    if (name === markerName) return true;
    const was = owned.find((f) => f.name === name);
    return was !== undefined && was.size === now.size && was.mtimeMs === now.mtimeMs;
  };
  const foreign = entries.filter((name) => !mine(name));
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).map((n) => JSON.stringify(n));
    const more = foreign.length > 3 ? ` and ${foreign.length - 3} more` : '';
    throw new FolderRefused(
      `--out ${dir} holds ${foreign.length === 1 ? 'a file' : 'files'} the gate did not write (${shown.join(', ')}${more}); give a new or empty folder, or one a gate run wrote; nothing was deleted`,
    );
  }
  for (const name of entries) rmSync(path.join(dir, name), { force: true, recursive: true });
}

/** The files of `names` present in `dir`, with their size and time, for the marker. */
export function statFiles(dir: string, names: readonly string[]): OwnedFile[] {
  return names.flatMap((name) => {
    const s = isFile(path.join(dir, name));
    return s ? [{ name, ...s }] : [];
  });
}
