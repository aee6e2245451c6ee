import type { GateOutcome, Judged } from './compare-results';
import { displaySafe } from '../drivers/external/display-safe';
import { isStackFrame } from './output-filter';

export interface GateReport {
  readonly name: string;
  readonly outcome: GateOutcome;
  readonly expectFile: string | null;
  readonly out: string;
  /** Lines just before the counts (what the gate had to end, an interruption). */
  readonly before?: readonly string[];
}

const maxMessageLines = 14;
/** The first lines of a failure message, without the stack frames Cucumber appends. */
const indent = (text: string, pad: string): string =>
  text
    .split('\n')
    .filter((l) => !isStackFrame(l))
    .slice(0, maxMessageLines)
    .map((l) => `${pad}${l}`)
    .join('\n');
const where = (j: Judged): string => `${j.result.uri}:${j.result.line}`;

/** The gate's verdict as the console shows it: what was not as expected and how to fix it, then the counts. */
export function renderGate({ name, outcome, expectFile, out, before = [] }: GateReport): string {
  const lines: string[] = ['', `Gate for ${name}:`];
  const by = (v: Judged['verdict']) => outcome.judged.filter((j) => j.verdict === v);
  const file = expectFile ?? 'an expectations file (--expect)';
  lines.push(`  ${by('passed').length} passed as expected`);
  const known = by('known deviation');
  if (known.length > 0)
    lines.push(`  ${known.length} known deviation(s), listed in ${file}:`, ...known.map((j) => `    ~ ${j.result.name} — ${j.reason}`));
  const na = by('not applicable');
  if (na.length > 0) lines.push(`  ${na.length} not applicable to this driver`);
  for (const j of by('unexpected failure')) {
    lines.push('', `  ✗ FAILED (not listed as a known deviation): ${j.result.name} (${where(j)})`);
    lines.push(`      step: ${j.result.step ?? '(unknown)'}`);
    lines.push(indent(displaySafe(j.result.message ?? '(no message)'), '      '));
  }
  for (const j of by('unexpected pass')) {
    lines.push('', `  ✗ NOW PASSES, but ${file} lists it as a known deviation: ${j.result.name} (${where(j)})`);
    lines.push(`      Update ${file}: remove the entry ${JSON.stringify({ scenario: j.result.name, reason: j.reason })}`);
  }
  if (outcome.complete) {
    for (const d of outcome.stale)
      lines.push('', `  ✗ ${file} lists "${d.scenario}", which is no scenario of the suite: remove it, or correct the name.`);
  } else if (outcome.stale.length > 0) {
    lines.push(`  ${outcome.stale.length} known deviation(s) of ${file} not in this partial run`);
  }
  lines.push('', `Reports: ${out}/ (cucumber.html, junit.xml, messages.ndjson, run.json)`);
  lines.push(...before, `${outcome.passed} passed, ${outcome.failed} failed`);
  return lines.join('\n');
}
