import type { PhaseMove } from '../simulator/phase-table';
import { htmlPage } from './html-page';
import { pageNav } from './page-nav';
import { diagramPath } from './page-paths';
import { renderStateDiagram } from './render-diagram';

/** The state diagram of the reference client, drawn when the report is built from its own phase table. */
export async function renderDiagramPage(table: readonly PhaseMove[]): Promise<string> {
  const body = `${pageNav(diagramPath, [])}
<main class="page"><section id="diagram"><h1>States and moves of the reference client</h1>
<p>Drawn when this report was built, from the reference client's own phase table.</p>
${await renderStateDiagram(table)}
</section></main>`;
  return htmlPage('States and moves of the reference client', body);
}
