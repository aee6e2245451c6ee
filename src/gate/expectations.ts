import { readFileSync } from 'node:fs';

/** A scenario the client deliberately does not pass, and why. */
export interface KnownDeviation {
  readonly scenario: string;
  readonly reason: string;
}

/** The file a client team keeps next to its client: `{ "client": "...", "knownDeviations": [...] }`. */
export interface Expectations {
  readonly client?: string;
  readonly knownDeviations: readonly KnownDeviation[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads and checks an expectations file; every problem is an error that names the file and the entry. */
export function readExpectations(file: string): Expectations {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseExpectations(value, file);
}

export function parseExpectations(value: unknown, file: string): Expectations {
  if (!isRecord(value) || !Array.isArray(value.knownDeviations)) throw new Error(`${file} needs a "knownDeviations" list`);
  // knownDivergences: exploration's own list (src/explore/known-divergences.ts reads and checks it).
  const unknown = Object.keys(value).find((k) => k !== 'client' && k !== 'knownDeviations' && k !== 'knownDivergences');
  if (unknown) throw new Error(`${file}: unknown field "${unknown}"; only "client", "knownDeviations" and "knownDivergences"`);
  if (value.client !== undefined && typeof value.client !== 'string') throw new Error(`${file}: "client" must be a string`);
  const seen = new Set<string>();
  const knownDeviations = value.knownDeviations.map((item: unknown, i: number): KnownDeviation => {
    if (!isRecord(item) || typeof item.scenario !== 'string' || typeof item.reason !== 'string' || item.reason.trim() === '') {
      throw new Error(`${file}: knownDeviations[${i}] needs a "scenario" and a non-empty "reason"`);
    }
    if (seen.has(item.scenario)) throw new Error(`${file}: "${item.scenario}" is listed twice`);
    seen.add(item.scenario);
    return { scenario: item.scenario, reason: item.reason };
  });
  return typeof value.client === 'string' ? { client: value.client, knownDeviations } : { knownDeviations };
}
