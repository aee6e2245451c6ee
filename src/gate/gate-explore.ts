import * as path from 'node:path';
import { externalClient } from '../explore/clients';
import { explore } from '../explore/explore';
import { isKnown, readKnownDivergences } from '../explore/known-divergences';
import { renderResult, type VerifiedFinding } from '../explore/render-result';
import { verifyFinding } from '../explore/verify-finding';

const root = path.resolve(__dirname, '..', '..');

// Parsed apart (explore-options.ts), so that a bad argument fails before exploration's modules load.
export { takeExploreOptions } from './explore-options';

/**
 * Exploration in the gate: N generated histories over the protocol against the client, next to the reference client,
 * or as many as fit in `budgetMs` (`--explore-for`). Known divergences come from the expectations file
 * (`knownDivergences`). Each finding is one failed check.
 */
export async function exploreInGate(
  command: string,
  callerDir: string,
  expectFile: string | null,
  runs: number,
  seed: number,
  budgetMs?: number,
  now: () => number = Date.now,
): Promise<{ passed: number; failed: number }> {
  const started = now();
  const client = externalClient(command, callerDir);
  const known = expectFile ? readKnownDivergences(expectFile) : [];
  const result = await explore({ client, runs, seed, all: true, allowed: isKnown(known), budgetMs, now });
  const found: VerifiedFinding[] = result.found.map((f) => ({
    ...f,
    verified: f.scenario.checkable ? verifyFinding(f, client, path.join(root, 'reports', 'explore', 'gate')) : null,
  }));
  console.log(`\n${renderResult({ ...result, found })}`);
  const seconds = (now() - started) / 1000;
  const rate = (result.histories.length / Math.max(seconds, 0.001)).toFixed(1);
  console.log(`signin-sim gate: exploration of ${result.histories.length} histories took ${seconds.toFixed(1)} s (${rate} per second)`);
  return { passed: found.length === 0 ? 1 : 0, failed: found.length };
}
