import { instance } from '@viz-js/viz';
import type { PhaseMove } from '../simulator/phase-table';

/** Graphviz DOT for the phase table: one node per phase, one edge per move, labelled by cause. */
export function phaseTableDot(table: readonly PhaseMove[]): string {
  const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const phases = [...new Set(table.flatMap((m) => [m.from, m.to]))];
  const lines = [
    'digraph phases {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fillcolor="#eef3f8", fontname="Helvetica", fontsize=12];',
    '  edge [fontname="Helvetica", fontsize=10, color="#555555"];',
    ...phases.map((p) => `  ${quote(p)} [id=${quote(`phase-${p}`)}];`),
    ...table.map((m) => `  ${quote(m.from)} -> ${quote(m.to)} [label=${quote(m.cause)}];`),
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
