import type { Cast } from './cast';
import { describe } from './describe-field';
import type { FieldKey, Observation } from './observe';

/** One observed field where the client under test and the reference differ. */
export interface Difference {
  /** The observed field ("cache.certificate"); with one of its catalog IDs it names the divergence in expectations files. */
  readonly key: string;
  readonly field: FieldKey;
  readonly catalog: readonly string[];
  /** In the words of the Then steps: "the client under test: …; the reference: …". */
  readonly words: string;
  /** The Then step stating the reference's outcome, or null where no step can say it. */
  readonly then: string | null;
}

const parentOf = (k: FieldKey): string | null =>
  k.f.startsWith('cache.')
    ? JSON.stringify({ f: 'cache', person: k.person, computer: k.computer, whose: k.whose })
    : k.f === 'control' || k.f === 'foreground' || k.f === 'title' || k.f === 'controls'
      ? JSON.stringify({ f: 'window', person: k.person, computer: k.computer, window: k.window })
      : null;

/** Every field that differs, in observation order; a missing cache entry or window is one difference, not one per part. */
export function compare(subject: Observation, reference: Observation, cast: Cast): Difference[] {
  const keys = [...new Set([...reference.keys(), ...subject.keys()])];
  const differs = new Set(keys.filter((k) => subject.get(k) !== reference.get(k)));
  const out: Difference[] = [];
  for (const k of keys) {
    if (!differs.has(k)) continue;
    const field = JSON.parse(k) as FieldKey;
    const parent = parentOf(field);
    if (parent && differs.has(parent) && (subject.get(parent) === undefined || reference.get(parent) === undefined)) continue;
    const mine = describe(field, subject.get(k), cast, reference.get(k));
    const theirs = describe(field, reference.get(k), cast, subject.get(k));
    out.push({
      key: field.f,
      field,
      catalog: theirs.catalog,
      words: `the client under test: ${mine.words}; the reference: ${theirs.words}`,
      then: theirs.then,
    });
  }
  return out;
}
