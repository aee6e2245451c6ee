import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A profile's reports folder as the probes judge it: whole (one run, in every report), marked INCOMPLETE, or neither. */
export type FolderState =
  | { readonly kind: 'whole'; readonly runId: string; readonly fingerprint: string }
  | { readonly kind: 'marked'; readonly why: string }
  | { readonly kind: 'broken'; readonly why: string };

interface RunOfMessages {
  readonly id: string;
  readonly startedMs: number;
  readonly finishedMs: number;
  readonly testCases: number;
}

/**
 * Judges `<reportsDir>/<profile>/` from outside, trusting none of the code under test: messages.ndjson must hold
 * exactly one whole run, and cucumber.html, junit.xml and the Allure results must all be that run's (the HTML embeds
 * its id, the JUnit timestamp is its start, each Allure result starts within it, one result per test case).
 */
export function judgeFolder(dir: string): FolderState {
  if (existsSync(join(dir, 'INCOMPLETE')))
    return { kind: 'marked', why: readFileSync(join(dir, 'INCOMPLETE'), 'utf8').split('\n')[0] ?? '' };
  const broken = (why: string): FolderState => ({ kind: 'broken', why });
  for (const f of ['messages.ndjson', 'cucumber.html', 'junit.xml', 'allure-results'])
    if (!existsSync(join(dir, f))) return broken(`${f} is missing and the folder is not marked`);
  const run = oneRun(readFileSync(join(dir, 'messages.ndjson'), 'utf8'));
  if (typeof run === 'string') return broken(`messages.ndjson: ${run}`);
  const html = readFileSync(join(dir, 'cucumber.html'), 'utf8');
  if (!/<\/html>\s*$/.test(html)) return broken('cucumber.html is cut short');
  if (!html.includes(run.id)) return broken('cucumber.html is of another run than messages.ndjson');
  const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
  const suite = /<testsuite [^>]*tests="(\d+)"[^>]*timestamp="([^"]+)"/.exec(junit);
  if (!suite || !/<\/testsuite>\s*$/.test(junit)) return broken('junit.xml is cut short');
  if (Number(suite[1]) !== run.testCases) return broken(`junit.xml counts ${suite[1]} tests, the messages ${run.testCases}`);
  if (Date.parse(suite[2] ?? '') !== run.startedMs) return broken('junit.xml is of another run than messages.ndjson');
  const results = readdirSync(join(dir, 'allure-results')).filter((f) => f.endsWith('-result.json'));
  if (results.length !== run.testCases) return broken(`allure-results holds ${results.length} results for ${run.testCases} test cases`);
  for (const f of results) {
    const start = (JSON.parse(readFileSync(join(dir, 'allure-results', f), 'utf8')) as { start?: number }).start ?? 0;
    if (start < run.startedMs - 1000 || start > run.finishedMs + 1000) return broken(`allure-results/${f} is of another run`);
  }
  return { kind: 'whole', runId: run.id, fingerprint: fingerprint(dir) };
}

function oneRun(ndjson: string): RunOfMessages | string {
  const lines = ndjson.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return 'empty';
  const envelopes: Record<string, { id?: string; timestamp?: { seconds: number; nanos: number } }>[] = [];
  for (const [i, line] of lines.entries()) {
    try {
      envelopes.push(JSON.parse(line) as (typeof envelopes)[number]);
    } catch {
      return `line ${i + 1} is not JSON`;
    }
  }
  const starts = envelopes.filter((e) => e.testRunStarted);
  const finishes = envelopes.filter((e) => e.testRunFinished);
  if (starts.length !== 1 || finishes.length !== 1) return `${starts.length} testRunStarted, ${finishes.length} testRunFinished`;
  const ms = (t?: { seconds: number; nanos: number }) => (t ? t.seconds * 1000 + Math.round(t.nanos / 1e6) : NaN);
  return {
    id: starts[0]?.testRunStarted?.id ?? '',
    startedMs: ms(starts[0]?.testRunStarted?.timestamp),
    finishedMs: ms(finishes[0]?.testRunFinished?.timestamp),
    testCases: envelopes.filter((e) => e.testCase).length,
  };
}

/** A hash of the four reports, to tell the old whole run from a new one. */
export function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const f of ['messages.ndjson', 'cucumber.html', 'junit.xml']) hash.update(readFileSync(join(dir, f)));
  for (const f of readdirSync(join(dir, 'allure-results')).sort()) hash.update(f).update(readFileSync(join(dir, 'allure-results', f)));
  return hash.digest('hex');
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
