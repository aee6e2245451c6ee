import type { Cast } from './cast';
import { describe } from './describe-field';
import type { FieldKey, Observation } from './observe';

/** One observed field where the client under test and the reference differ. */
export interface Difference {
  /** The field's key in the observations. */
  readonly id: string;
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

/** Fields of known divergences set aside, with the values both worlds had when the divergence was let through. */
export type SetAside = ReadonlyMap<string, SetAsideValues>;
export interface SetAsideValues {
  readonly subject: string | undefined;
  readonly reference: string | undefined;
}

const lines = (v: string | undefined): string[] => (v ? v.split('\n') : []);

/**
 * A field set aside is compared from the point it was let through: a list of requests by what each world sent since
 * then (kind and host, not the time), any other field by whether either value moved. What is left differs anew (or is undefined when nothing does).
 */
function sinceSetAside(
  field: FieldKey,
  subject: string | undefined,
  reference: string | undefined,
  was: SetAsideValues,
): [string | undefined, string | undefined] | null {
  if (field.f !== 'requests') return subject === was.subject && reference === was.reference ? null : [subject, reference];
  // Past a request left out, the timing of the ones after it may shift (a random timer drawn at another moment): what
  // was sent, and where to, is compared; when is not.
  const untimed = (v: string | undefined, from: string | undefined) =>
    lines(v)
      .slice(lines(from).length)
      .map((l) => l.replace(/, \d+ ms into its step$/, ''));
  const [mine, theirs] = [untimed(subject, was.subject), untimed(reference, was.reference)];
  if (mine.join('\n') === theirs.join('\n')) return null;
  return [mine.join('\n') || undefined, theirs.join('\n') || undefined];
}

/**
 * Every field that differs, in observation order; a missing cache entry or window is one difference, not one per part.
 * `setAside`: fields of known divergences, compared only from where they were let through.
 */
export function compare(subject: Observation, reference: Observation, cast: Cast, setAside: SetAside = new Map()): Difference[] {
  const keys = [...new Set([...reference.keys(), ...subject.keys()])];
  const values = new Map<string, [string | undefined, string | undefined]>();
  for (const k of keys) {
    const pair: [string | undefined, string | undefined] | null =
      subject.get(k) === reference.get(k)
        ? null
        : setAside.has(k)
          ? sinceSetAside(JSON.parse(k) as FieldKey, subject.get(k), reference.get(k), setAside.get(k) as SetAsideValues)
          : [subject.get(k), reference.get(k)];
    if (pair) values.set(k, pair);
  }
  const differs = new Set(values.keys());
  const out: Difference[] = [];
  for (const k of keys) {
    if (!differs.has(k)) continue;
    const field = JSON.parse(k) as FieldKey;
    const parent = parentOf(field);
    if (parent && differs.has(parent) && (subject.get(parent) === undefined || reference.get(parent) === undefined)) continue;
    const [sub, ref] = values.get(k) as [string | undefined, string | undefined];
    const mine = describe(field, sub, cast, ref);
    const theirs = describe(field, ref, cast, sub);
    out.push({
      id: k,
      key: field.f,
      field,
      catalog: theirs.catalog,
      words: `the client under test: ${mine.words}; the reference: ${theirs.words}`,
      then: theirs.then,
    });
  }
  return out;
}
