import { mergeReached } from './coverage';
import type { ExploreResult, HistoryFinding } from './explore';

export type VerifiedFinding = HistoryFinding & {
  verified?: { readonly reference: string; readonly subject: string; readonly file: string; readonly ok: boolean } | null;
};

/** The text of an exploration's result: the same seed and histories give the same text (no times, no paths of this machine). */
export function renderResult(r: ExploreResult & { found: VerifiedFinding[] }): string {
  const lines = [
    `exploration of ${r.client}: seed ${r.seed}, ${r.stopped === 'budget' ? 'until its time budget ran out' : `${r.runs} histories`}, shard ${r.shard}: ${r.histories.length} explored, ${r.found.length} with findings`,
  ];
  const c = r.coverage;
  if (c)
    lines.push(
      `  coverage: ${c.states} reference states, ${c.transitions} transitions, ${c.faultSets} fault combinations` +
        ` (${r.guided ?? 0} of the histories grown from earlier ones)${r.stopped === 'budget' ? '; the time budget ended it' : ''}`,
    );
  for (const k of r.known ?? []) lines.push(`  known divergence met and let through, as the expectations file declares: ${k}`);
  for (const f of r.found) {
    lines.push(
      '',
      `history ${f.history} (seed ${f.seed}), shrunk to ${f.steps} step(s); replay: --seed ${r.seed} --replay ${f.history}:${f.token}`,
    );
    for (const x of f.findings) lines.push(`  ${x.kind}: ${x.key}${x.catalog.length ? ` (${x.catalog.join(', ')})` : ''}: ${x.words}`);
    if (f.scenario.gherkin) lines.push('', f.scenario.gherkin.trimEnd());
    if (f.verified === null || f.verified === undefined)
      lines.push(f.scenario.checkable ? '  (scenario not run)' : '  (no Then step can state this; scenario not checkable)');
    else
      lines.push(
        `  scenario ${f.verified.ok ? 'checked' : 'NOT confirmed'}: on the reference ${f.verified.reference}, on the client under test ${f.verified.subject}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** One report from the outputs of several shards of the same exploration. */
export function mergeResults(parts: (ExploreResult & { found: VerifiedFinding[] })[]): ExploreResult & { found: VerifiedFinding[] } {
  const first = parts[0];
  if (!first) throw new Error('nothing to merge');
  for (const p of parts)
    if (p.seed !== first.seed || p.runs !== first.runs || p.client !== first.client)
      throw new Error(`shard ${p.shard} is of another exploration (client ${p.client}, seed ${p.seed}, ${p.runs} histories)`);
  const histories = parts.flatMap((p) => p.histories).sort((a, b) => a - b);
  const found = parts.flatMap((p) => p.found).sort((a, b) => a.history - b.history);
  const known = [...new Set(parts.flatMap((p) => p.known ?? []))].sort();
  const { figure, reached } = mergeReached(parts.map((p) => p.reached ?? { states: [], transitions: [], faultSets: [] }));
  return {
    ...first,
    shard: `${parts.length} shard(s)`,
    histories,
    commands: parts.reduce((n, p) => n + p.commands, 0),
    found,
    known,
    coverage: figure,
    reached,
    guided: parts.reduce((n, p) => n + (p.guided ?? 0), 0),
  };
}
