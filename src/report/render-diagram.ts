import { instance } from '@viz-js/viz';
import type { PhaseMove } from '../simulator/phase-table';

/**
 * Graphviz DOT for the phase table: one node per phase, one edge per pair of phases labelled
 * with every cause that moves the client between them (one per line).
 */
export function phaseTableDot(table: readonly PhaseMove[]): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const quote = (text: string) => `"${escape(text)}"`;
  const phases = [...new Set(table.flatMap((m) => [m.from, m.to]))];
  const edges = new Map<string, { from: string; to: string; causes: string[] }>();
  for (const m of table) {
    const key = `${m.from}_${m.to}`;
    const edge = edges.get(key) ?? { from: m.from, to: m.to, causes: [] };
    edge.causes.push(m.cause);
    edges.set(key, edge);
  }
  const lines = [
    'digraph phases {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fillcolor="#eef3f8", fontname="Helvetica", fontsize=12];',
    '  edge [fontname="Helvetica", fontsize=10, color="#555555"];',
    ...phases.map((p) => `  ${quote(p)} [id=${quote(`phase_${p}`)}];`),
    ...[...edges].map(
      ([key, e]) => `  ${quote(e.from)} -> ${quote(e.to)} [id=${quote(`move_${key}`)}, label="${e.causes.map(escape).join('\\n')}"];`,
    ),
    '}',
  ];
  return lines.join('\n');
}

/**
 * The client's states and transitions as inline SVG, laid out by Graphviz (WebAssembly, offline).
 * Takes the table as a parameter so a test can pass a changed copy.
 */
export async function renderStateDiagram(table: readonly PhaseMove[]): Promise<string> {
  const viz = await instance();
  const svg = viz.renderString(phaseTableDot(table), { format: 'svg' });
  return svg.slice(svg.indexOf('<svg'));
}
