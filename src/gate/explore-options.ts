/** `--explore N [--explore-seed S]`: taken out of the gate's arguments before the rest are parsed. */
export function takeExploreOptions(argv: readonly string[]): { runs: number | null; seed: number; rest: string[] } {
  const rest = [...argv];
  const take = (flag: string): string | null => {
    const dash = rest.indexOf('--');
    const i = rest.indexOf(flag);
    if (i < 0 || (dash >= 0 && i > dash)) return null;
    const value = rest[i + 1];
    if (value === undefined || !/^\d+$/.test(value)) throw new Error(`${flag} needs a whole number`);
    rest.splice(i, 2);
    return value;
  };
  const runs = take('--explore');
  const seed = take('--explore-seed');
  return { runs: runs === null ? null : Number(runs), seed: seed === null ? 1 : Number(seed), rest };
}
