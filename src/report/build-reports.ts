import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog as defaultCatalog, type Catalog } from '../catalog/behaviours';
import { phaseTable as defaultPhaseTable, type PhaseMove } from '../simulator/phase-table';
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
 */
export async function buildReports(reportsDir: string, options: BuildOptions = {}): Promise<Summary> {
  const runs = readRecordedRuns(reportsDir);
  const summary = summarize(runs, options.catalog ?? defaultCatalog);
  const html = await renderHtml(summary, options.phaseTable ?? defaultPhaseTable, options.symptoms ?? null);
  mkdirSync(reportsDir, { recursive: true });
  writeFileSync(join(reportsDir, 'conformance.html'), html);
  writeFileSync(join(reportsDir, 'conformance.md'), renderMarkdown(summary));
  return summary;
}
