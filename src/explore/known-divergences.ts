import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from './history-run';

/** A divergence a client keeps on purpose: `<observed field or invariant name> <catalog ID>`, with a reason. */
export interface KnownDivergence {
  readonly divergence: string;
  readonly reason: string;
}

function featureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? featureFiles(p) : p.endsWith('.feature') ? [p] : [];
  });
}

/** The catalog IDs tagged on each written scenario (feature tags included), by scenario name. */
export function scenarioCatalogIds(featuresDir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of featureFiles(featuresDir)) {
    let featureTags: string[] = [];
    let pending: string[] = [];
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const line = raw.trim();
      if (line.startsWith('@')) pending.push(...line.split(/\s+/));
      else if (line.startsWith('Feature:')) [featureTags, pending] = [pending, []];
      else if (/^(Scenario|Scenario Outline|Example):/.test(line)) {
        const name = line.slice(line.indexOf(':') + 1).trim();
        const ids = [...featureTags, ...pending].map((t) => t.slice(1)).filter((t) => /^[A-Z]{2}-\d+$/.test(t));
        out.set(name, new Set(ids));
        pending = [];
      } else if (line !== '' && !line.startsWith('#')) pending = pending.filter(() => false);
    }
  }
  return out;
}

/**
 * Reads the known divergences of an expectations file (`"knownDivergences": [{ "divergence", "reason" }]`). An entry
 * is accepted only where the same file's known deviations already leave that behaviour out: its catalog ID must be
 * tagged on a scenario listed there.
 */
export function readKnownDivergences(file: string, featuresDir: string): KnownDivergence[] {
  const value = JSON.parse(readFileSync(file, 'utf8')) as { knownDivergences?: unknown; knownDeviations?: { scenario: string }[] };
  if (value.knownDivergences === undefined) return [];
  if (!Array.isArray(value.knownDivergences)) throw new Error(`${file}: "knownDivergences" must be a list`);
  const ids = scenarioCatalogIds(featuresDir);
  const leftOut = new Set((value.knownDeviations ?? []).flatMap((d) => [...(ids.get(d.scenario) ?? [])]));
  return value.knownDivergences.map((item: unknown, i: number) => {
    const e = item as Partial<KnownDivergence>;
    if (typeof e.divergence !== 'string' || typeof e.reason !== 'string' || e.reason.trim() === '')
      throw new Error(
        `${file}: knownDivergences[${i}] needs a "divergence" ("<field or invariant> <catalog ID>") and a non-empty "reason"`,
      );
    const id = e.divergence.split(' ').pop() ?? '';
    if (!leftOut.has(id))
      throw new Error(
        `${file}: knownDivergences[${i}] "${e.divergence}": ${id} is not tagged on any scenario the known deviations leave out (${[...leftOut].sort().join(', ') || 'none'})`,
      );
    return { divergence: e.divergence, reason: e.reason };
  });
}

/** Whether a finding is one of the known divergences: same field or invariant, and the entry's catalog ID among its IDs. */
export const isKnown = (known: readonly KnownDivergence[]) => (f: Finding) =>
  f.kind !== 'harness' &&
  f.kind !== 'reference broke an invariant' &&
  known.some((k) => {
    const [name, id] = [k.divergence.slice(0, k.divergence.lastIndexOf(' ')), k.divergence.split(' ').pop() ?? ''];
    return f.key === name && f.catalog.includes(id);
  });
