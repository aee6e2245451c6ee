import { join } from 'node:path';
import { catalog as defaultCatalog, type Catalog } from '../catalog/behaviours';
import { phaseTable as defaultPhaseTable, type PhaseMove } from '../simulator/phase-table';
import { writeFilesAtomic } from '../run-folder/write-files-atomic';
import type { SymptomIndexData } from '../symptoms/symptom-types';
import { readRecordedRuns } from './read-recorded-runs';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { summarize } from './summarize';
import type { Summary } from './summary';

export interface BuildOptions {
  readonly catalog?: Catalog;
  readonly phaseTable?: readonly PhaseMove[];
  /** The symptom index (src/symptoms), for the "By symptom" part; without it the report has the catalog part only. */
  readonly symptoms?: SymptomIndexData;
}

/**
 * Rebuilds `<reportsDir>/conformance.html` and `conformance.md` from every
 * `<reportsDir>/<profile>/messages.ndjson`, one column per profile, without running anything.
 * Both are written whole (partial files renamed into place once both are written): on a full disk, or when a
 * recorded run is not whole (readRecordedRuns throws), the previous report stays as it was.
 */
export async function buildReports(reportsDir: string, options: BuildOptions = {}): Promise<Summary> {
  const runs = readRecordedRuns(reportsDir);
  const summary = summarize(runs, options.catalog ?? defaultCatalog);
  const html = await renderHtml(summary, options.phaseTable ?? defaultPhaseTable, options.symptoms ?? null);
  writeFilesAtomic([
    { path: join(reportsDir, 'conformance.html'), data: html },
    { path: join(reportsDir, 'conformance.md'), data: renderMarkdown(summary) },
  ]);
  return summary;
}
