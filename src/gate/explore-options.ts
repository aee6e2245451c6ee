import { parseTimeBudget } from '../explore/time-budget';

/** With `--explore-for` alone, the time budget ends exploration: this bound only keeps the loop finite. */
const boundWithBudget = 1_000_000;

/** `--explore N [--explore-seed S] [--explore-for 5m]`: taken out of the gate's arguments before the rest are parsed. */
export function takeExploreOptions(argv: readonly string[]): {
  runs: number | null;
  seed: number;
  budgetMs: number | undefined;
  rest: string[];
} {
  const rest = [...argv];
  const take = (flag: string, pattern: RegExp, what: string): string | null => {
    const dash = rest.indexOf('--');
    const i = rest.indexOf(flag);
    if (i < 0 || (dash >= 0 && i > dash)) return null;
    const value = rest[i + 1];
    if (value === undefined || !pattern.test(value)) throw new Error(`${flag} needs ${what}`);
    rest.splice(i, 2);
    return value;
  };
  const runs = take('--explore', /^\d+$/, 'a whole number');
  const seed = take('--explore-seed', /^\d+$/, 'a whole number');
  const budget = take('--explore-for', /^\S+$/, 'a time such as 90s, 5m or 1h');
  const budgetMs = budget === null ? undefined : parseTimeBudget(budget);
  return {
    runs: runs !== null ? Number(runs) : budgetMs !== undefined ? boundWithBudget : null,
    seed: seed === null ? 1 : Number(seed),
    budgetMs,
    rest,
  };
}
