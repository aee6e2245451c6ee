import * as path from 'node:path';
import { externalClient } from '../explore/clients';
import { explore } from '../explore/explore';
import { isKnown, readKnownDivergences } from '../explore/known-divergences';
import { renderResult, type VerifiedFinding } from '../explore/render-result';
import { verifyFinding } from '../explore/verify-finding';

const root = path.resolve(__dirname, '..', '..');

/** `--explore N [--explore-seed S]`: taken out of the gate's arguments before the rest are parsed. */
export function takeExploreOptions(argv: readonly string[]): { runs: number | null; seed: number; rest: string[] } {
  const rest = [...argv];
  const take = (flag: string): string | null => {
    const dash = rest.indexOf('--');
    const i = rest.indexOf(flag);
    if (i < 0 || (dash >= 0 && i > dash)) return null;
    const value = rest[i + 1];
    if (value === undefined || !/^\d+$/.test(value)) throw new Error(`${flag} needs a whole number`);
    rest.splice(i, 2);
    return value;
  };
  const runs = take('--explore');
  const seed = take('--explore-seed');
  return { runs: runs === null ? null : Number(runs), seed: seed === null ? 1 : Number(seed), rest };
}

/**
 * Exploration in the gate: N generated histories over the protocol against the client, next to the reference client.
 * Known divergences come from the expectations file (`knownDivergences`). Each finding is one failed check.
 */
export async function exploreInGate(
  command: string,
  callerDir: string,
  expectFile: string | null,
  runs: number,
  seed: number,
): Promise<{ passed: number; failed: number }> {
  const started = Date.now();
  const client = externalClient(command, callerDir);
  const known = expectFile ? readKnownDivergences(expectFile, path.join(root, 'features')) : [];
  const result = await explore({ client, runs, seed, all: true, allowed: isKnown(known) });
  const found: VerifiedFinding[] = result.found.map((f) => ({
    ...f,
    verified: f.scenario.checkable ? verifyFinding(f, client, path.join(root, 'reports', 'explore', 'gate')) : null,
  }));
  console.log(`\n${renderResult({ ...result, found })}`);
  console.log(`signin-sim gate: exploration of ${runs} histories took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { passed: found.length === 0 ? 1 : 0, failed: found.length };
}
