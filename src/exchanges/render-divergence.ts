import type { Divergence } from './first-divergence';

const wrap = (text: string, width: number): string[] => {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.length > 0 ? lines : [''];
};

const firstDifferent = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** Where two JSON texts first differ, as `character N` with a few characters of each (for long renders). */
function firstCharacter(a: string, b: string): string {
  const i = firstDifferent(a, b);
  const show = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 20), i + 40));
  return `first different character at ${i}: reference …${show(a)}…, client …${show(b)}…`;
}

/** A message for its column: from a little before `from` (the first differing character), at most `rows` rows. */
function cut(text: string, from: number, width: number, rows: number): string[] {
  const start = Math.max(0, from - 40);
  const shown = `${start > 0 ? '…' : ''}${text.slice(start)}`;
  const lines = wrap(shown, width);
  return lines.length > rows ? [...lines.slice(0, rows - 1), `${(lines[rows - 1] ?? '').slice(0, width - 1)}…`] : lines;
}

/**
 * The two exchanges side by side from their first difference: the step, the messages both agreed on last, then
 * reference | client, each message wrapped to its column. The first pair starts near its first different character
 * (a render is long; the difference is what matters).
 */
export function renderDivergence(scenario: string, d: Divergence, width = 120): string {
  const column = Math.max(30, Math.floor((width - 3) / 2));
  const step =
    d.referenceStep === d.clientStep
      ? `step: ${d.referenceStep ?? '(before the first step)'}`
      : `step: reference in "${d.referenceStep ?? '-'}", client in "${d.clientStep ?? '-'}"`;
  const out = [`Exchange of "${scenario}" leaves the reference's at message ${d.at + 1} (${step})`];
  for (const m of d.agreed) out.push(`  = ${m.length > width - 4 ? `${m.slice(0, width - 5)}…` : m}`);
  out.push(`  ${'reference client'.padEnd(column)} | this client`);
  out.push(`  ${'-'.repeat(column)}-+-${'-'.repeat(column)}`);
  const [a, b] = [d.reference[0], d.client[0]];
  const from = a !== undefined && b !== undefined ? firstDifferent(a, b) : 0;
  const rows = Math.max(d.reference.length, d.client.length);
  for (let i = 0; i < rows; i++) {
    const [offset, height] = i === 0 ? [from, 6] : [0, 2];
    const left = cut(d.reference[i] ?? (i === 0 ? '(nothing more)' : ''), offset, column, height);
    const right = cut(d.client[i] ?? (i === 0 ? '(nothing more)' : ''), offset, column, height);
    for (let k = 0; k < Math.max(left.length, right.length); k++) out.push(`  ${(left[k] ?? '').padEnd(column)} | ${right[k] ?? ''}`);
    if (i + 1 < rows) out.push(`  ${' '.repeat(column)} |`);
  }
  if (a !== undefined && b !== undefined) out.push(`  ${firstCharacter(a, b)}`);
  return out.join('\n');
}
