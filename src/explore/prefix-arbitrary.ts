import fc from 'fast-check';

/**
 * Always generates `items` as they are, and shrinks them the way `fc.commands` shrinks a history: without the second
 * half, then without one item at a time (order kept). For the prefix a guided history takes from the corpus.
 */
export function prefixArbitrary<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return new PrefixArbitrary(items);
}

class PrefixArbitrary<T> extends fc.Arbitrary<T[]> {
  constructor(private readonly items: readonly T[]) {
    super();
  }

  override generate(): fc.Value<T[]> {
    return new fc.Value([...this.items], undefined);
  }

  override canShrinkWithoutContext(value: unknown): value is T[] {
    return Array.isArray(value) && value.every((v) => this.items.includes(v as T));
  }

  override shrink(value: T[]): fc.Stream<fc.Value<T[]>> {
    return fc.Stream.of(...smaller(value)).map((v) => new fc.Value(v, undefined));
  }
}

/** The candidates one shrink step tries, smallest first. */
export function smaller<T>(value: readonly T[]): T[][] {
  if (value.length === 0) return [];
  const half = value.length > 1 ? [value.slice(0, Math.floor(value.length / 2))] : [];
  return [...half, ...value.map((_, i) => [...value.slice(0, i), ...value.slice(i + 1)])];
}
