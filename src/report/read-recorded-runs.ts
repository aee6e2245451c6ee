import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMessages } from './read-messages';
import type { Expectations, RecordedRun } from './summary';

/**
 * Every `<reportsDir>/<profile>/messages.ndjson`, one run per profile, ordered by profile name.
 * The column title comes from `run.json` when present, else the profile name.
 */
export function readRecordedRuns(reportsDir: string): RecordedRun[] {
  if (!existsSync(reportsDir)) return [];
  return readdirSync(reportsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((profile) => existsSync(join(reportsDir, profile, 'messages.ndjson')))
    .sort()
    .map((profile) => readRun(join(reportsDir, profile), profile));
}

function readRun(dir: string, profile: string): RecordedRun {
  const run = readJson(join(dir, 'run.json'));
  const column = isRecord(run) && typeof run.column === 'string' ? run.column : profile;
  const expectations = toExpectations(readJson(join(dir, 'expectations.json')), dir);
  const envelopes = readMessages(join(dir, 'messages.ndjson'));
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
