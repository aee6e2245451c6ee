import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markerName, readIncomplete } from '../run-folder/incomplete-marker';
import { readMessages } from './read-messages';
import type { Expectations, RecordedRun } from './summary';
import { wholeRunProblem } from './whole-run';

/** The recorded runs are not all whole: each problem names its folder or file. Nothing is built from them. */
export class RecordedRunsRefused extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The recorded runs are not whole; no report was built, and the previous one is left as it was:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}

/**
 * Every `<reportsDir>/<profile>/messages.ndjson`, one run per profile, ordered by profile name.
 * The column title comes from `run.json` when present, else the profile name.
 * Throws RecordedRunsRefused when a profile's folder is marked INCOMPLETE (its run did not finish) or its messages are
 * not one whole run (empty, truncated, two runs): a report is built from whole runs or not at all.
 */
export function readRecordedRuns(reportsDir: string): RecordedRun[] {
  if (!existsSync(reportsDir)) return [];
  const profiles = readdirSync(reportsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((profile) => ['messages.ndjson', markerName].some((f) => existsSync(join(reportsDir, profile, f))))
    .sort();
  const problems: string[] = [];
  const runs = profiles.flatMap((profile) => {
    try {
      return [readRun(join(reportsDir, profile), profile)];
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return [];
    }
  });
  if (problems.length > 0) throw new RecordedRunsRefused(problems);
  return runs;
}

function readRun(dir: string, profile: string): RecordedRun {
  const incomplete = readIncomplete(dir);
  if (incomplete !== null) throw new Error(`${dir}: incomplete run (${incomplete}); run it again, or delete the folder`);
  const run = readJson(join(dir, 'run.json'));
  const column = isRecord(run) && typeof run.column === 'string' ? run.column : profile;
  const expectations = toExpectations(readJson(join(dir, 'expectations.json')), dir);
  const file = join(dir, 'messages.ndjson');
  const envelopes = readMessages(file);
  const problem = wholeRunProblem(envelopes, file);
  if (problem !== null) throw new Error(problem);
  return expectations ? { column, profile, envelopes, expectations } : { column, profile, envelopes };
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${String(error)}`);
  }
}

function toExpectations(value: unknown, dir: string): Expectations | undefined {
  if (value === undefined) return undefined;
  const list = isRecord(value) ? value.knownDeviations : undefined;
  if (!Array.isArray(list)) {
    throw new Error(`${dir}/expectations.json needs a "knownDeviations" list`);
  }
  const knownDeviations = list.map((item: unknown, i) => {
    if (isRecord(item) && typeof item.scenario === 'string' && typeof item.reason === 'string') {
      return { scenario: item.scenario, reason: item.reason };
    }
    throw new Error(`${dir}/expectations.json knownDeviations[${i}] needs "scenario" and "reason"`);
  });
  const client = isRecord(value) && typeof value.client === 'string' ? value.client : undefined;
  return client === undefined ? { knownDeviations } : { client, knownDeviations };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
