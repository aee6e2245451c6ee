import type { PhaseMove } from '../simulator/phase-table';
import type { SymptomIndexData } from '../symptoms/symptom-types';
import { behaviourPath, causePath, diagramPath, indexPath, scenarioPath } from './page-paths';
import type { ReportPage } from './report-page';
import { reportLinks } from './report-links';
import { renderBehaviourPage } from './render-behaviour-page';
import { renderCausePage } from './render-cause-page';
import { renderDiagramPage } from './render-diagram-page';
import { renderIndex } from './render-index';
import { renderScenarioLists } from './render-scenario-lists';
import { renderScenarioPage } from './render-scenario-page';
import type { Summary } from './summary';

/**
 * Every page of the HTML report, each a static file with no scripts that opens from disk: the index
 * (conformance.html), then under conformance/ a page per behaviour, per cause, per recorded scenario and column,
 * the paged scenario lists and the state diagram. Links between them are relative.
 */
export async function reportPages(summary: Summary, table: readonly PhaseMove[], symptoms: SymptomIndexData | null): Promise<ReportPage[]> {
  const links = reportLinks(summary, symptoms);
  return [
    { path: indexPath, html: renderIndex(links) },
    { path: diagramPath, html: await renderDiagramPage(table) },
    ...summary.sections.flatMap(({ section, rows }) =>
      rows.map((row) => ({ path: behaviourPath(row.behaviour.id), html: renderBehaviourPage(links, section.title, row) })),
    ),
    ...(symptoms?.causes ?? []).map((c) => ({ path: causePath(c.id), html: renderCausePage(links, c) })),
    ...summary.columns.flatMap((column, i) => [
      ...column.scenarios.map((s) => ({ path: scenarioPath(s.key), html: renderScenarioPage(links, column, s) })),
      ...renderScenarioLists(column, i, 'all'),
      ...renderScenarioLists(column, i, 'not-passed'),
    ]),
  ];
}
