import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalog as defaultCatalog, type Catalog } from '../catalog/behaviours';
import { phaseTable as defaultPhaseTable, type PhaseMove } from '../simulator/phase-table';
import { partialName } from '../run-folder/partial-name';
import { renameIntoPlace, writeFilesAtomic } from '../run-folder/write-files-atomic';
import type { SymptomIndexData } from '../symptoms/symptom-types';
import { indexPath, pagesFolder } from './page-paths';
import { readRecordedRuns } from './read-recorded-runs';
import { renderMarkdown } from './render-markdown';
import { reportPages } from './report-pages';
import { summarize } from './summarize';
import type { Summary } from './summary';

export interface BuildOptions {
  readonly catalog?: Catalog;
  readonly phaseTable?: readonly PhaseMove[];
  /** The symptom index (src/symptoms), for the causes and "By symptom"; without it the report has the catalog part only. */
  readonly symptoms?: SymptomIndexData;
}

/**
 * Rebuilds the report from every `<reportsDir>/<profile>/messages.ndjson`, one column per profile, without running
 * anything: `conformance.html` (the index), the pages under `conformance/`, and `conformance.md`.
 * The pages are written to a partial folder, the index and conformance.md to partial files; all are renamed into
 * place once all are written. On a full disk, or when a recorded run is not whole (readRecordedRuns throws), the
 * previous report stays as it was.
 */
export async function buildReports(reportsDir: string, options: BuildOptions = {}): Promise<Summary> {
  const runs = readRecordedRuns(reportsDir);
  const summary = summarize(runs, options.catalog ?? defaultCatalog);
  const pages = await reportPages(summary, options.phaseTable ?? defaultPhaseTable, options.symptoms ?? null);
  const folder = join(reportsDir, pagesFolder);
  const partial = partialName(folder);
  try {
    rmSync(partial, { recursive: true, force: true });
    const made = new Set<string>();
    for (const page of pages) {
      if (page.path === indexPath) continue;
      const file = join(partial, page.path.slice(pagesFolder.length + 1));
      if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
      made.add(dirname(file));
      writeFileSync(file, page.html);
    }
    writeFilesAtomic([
      { path: join(reportsDir, indexPath), data: pages.find((p) => p.path === indexPath)?.html ?? '' },
      { path: join(reportsDir, 'conformance.md'), data: renderMarkdown(summary) },
    ]);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  renameIntoPlace([{ from: partial, to: folder }]);
  return summary;
}
