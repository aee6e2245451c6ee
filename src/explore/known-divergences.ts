import { readFileSync } from 'node:fs';
import { behaviours } from '../catalog/behaviours';
import type { ObservedField } from '../harness/sentences';
import type { Finding } from './history-run';
import { invariants } from './invariants';

/** A divergence a client keeps on purpose: `<observed field or invariant name> <catalog ID>`, with its reason. */
export interface KnownDivergence {
  readonly divergence: string;
  readonly reason: string;
}

/** Every observed field a divergence can be keyed by (a new field of observe.ts must be added here, or tsc fails). */
const observedFields: Record<ObservedField['f'], true> = {
  processes: true,
  sessions: true,
  presence: true,
  undelivered: true,
  cache: true,
  'cache.password': true,
  'cache.certificate': true,
  'cache.userName': true,
  'cache.endpoint': true,
  setting: true,
  runEntry: true,
  version: true,
  connection: true,
  files: true,
  taskbar: true,
  icon: true,
  window: true,
  foreground: true,
  title: true,
  controls: true,
  control: true,
  alerts: true,
  requests: true,
};

/** The names a known divergence may start with: an observed field, an invariant, or `action` (a step it cannot do). */
export const divergenceNames = (): string[] => [...Object.keys(observedFields), ...invariants.map((i) => i.name), 'action'].sort();

/**
 * Reads the known divergences of an expectations file (`"knownDivergences": [{ "divergence", "reason" }]`): any
 * behaviour the client keeps on purpose, named by an observed field or invariant and a catalog ID, with its reason.
 * A name or ID that exploration could never report is refused, so that a typo cannot hide a divergence.
 */
export function readKnownDivergences(file: string): KnownDivergence[] {
  const value = JSON.parse(readFileSync(file, 'utf8')) as { knownDivergences?: unknown };
  if (value.knownDivergences === undefined) return [];
  if (!Array.isArray(value.knownDivergences)) throw new Error(`${file}: "knownDivergences" must be a list`);
  return value.knownDivergences.map((item: unknown, i: number) => checkKnownDivergence(item, `${file}: knownDivergences[${i}]`));
}

/** One entry of `knownDivergences`, checked: `<field or invariant> <catalog ID>` and a non-empty reason. */
export function checkKnownDivergence(item: unknown, where: string): KnownDivergence {
  const e = (item ?? {}) as Partial<KnownDivergence>;
  if (typeof e.divergence !== 'string' || typeof e.reason !== 'string' || e.reason.trim() === '')
    throw new Error(`${where} needs a "divergence" ("<field or invariant> <catalog ID>") and a non-empty "reason"`);
  const [name, id, ...rest] = e.divergence.trim().split(/\s+/);
  const names = divergenceNames();
  if (!name || !names.includes(name) || rest.length > 0)
    throw new Error(`${where} "${e.divergence}": starts with one of ${names.join(', ')}, then one catalog ID`);
  if (!id || !behaviours.some((b) => b.id === id))
    throw new Error(`${where} "${e.divergence}": ${id ?? 'the catalog ID'} is not an ID of the behaviour catalog (src/catalog)`);
  return { divergence: `${name} ${id}`, reason: e.reason.trim() };
}

/**
 * Whether a finding is one of the known divergences (same field or invariant, the entry's catalog ID among its IDs):
 * the entry and its reason, as the report shows it, or false.
 */
export const isKnown =
  (known: readonly KnownDivergence[]) =>
  (f: Finding): string | false => {
    if (f.kind === 'harness' || f.kind === 'reference broke an invariant') return false;
    const k = known.find((x) => {
      const [name, id] = x.divergence.split(' ');
      return f.key === name && f.catalog.includes(id ?? '');
    });
    return k ? `${k.divergence}: ${k.reason}` : false;
  };
