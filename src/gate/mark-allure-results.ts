import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Judged } from './compare-results';
import { knownDeviationMessage, unexpectedPassMessage } from './mark-known-deviations';

/**
 * Allure ranks a passed step above a skipped one, so a test whose failed step became skipped would read as passed:
 * each result file of a known deviation is set to skipped with its reason, and one of a listed scenario that passed
 * to failed, as in junit.xml. Returns how many files it changed. Each file is written to a temporary name and renamed.
 */
export function markAllureResults(resultsDir: string, judged: readonly Judged[], expectName: string): number {
  if (!existsSync(resultsDir)) return 0;
  const byName = new Map(judged.filter((j) => j.reason !== null).map((j) => [j.result.name, j]));
  let changed = 0;
  for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('-result.json'))) {
    const full = path.join(resultsDir, file);
    const result = JSON.parse(readFileSync(full, 'utf8')) as { name?: string; status?: string; statusDetails?: object };
    const j = byName.get(result.name ?? '');
    if (!j || j.reason === null) continue;
    if (j.verdict === 'known deviation') {
      result.status = 'skipped';
      result.statusDetails = { message: knownDeviationMessage(j.reason) };
    } else if (j.verdict === 'unexpected pass') {
      result.status = 'failed';
      result.statusDetails = { message: unexpectedPassMessage(j.result.name, j.reason, expectName) };
    } else continue;
    writeFileSync(`${full}.tmp`, JSON.stringify(result));
    renameSync(`${full}.tmp`, full);
    changed++;
  }
  return changed;
}
