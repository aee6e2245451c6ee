const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `--explore-for 5m`: a time budget in ms, from a whole number and a unit (ms, s, m, h). */
export function parseTimeBudget(text: string, flag = '--explore-for'): number {
  const m = /^(\d{1,7})(ms|s|m|h)$/.exec(text);
  const ms = m ? Number(m[1]) * (units[m[2] ?? ''] ?? 0) : 0;
  if (!m || ms <= 0) throw new Error(`${flag} needs a time such as 90s, 5m or 1h, not ${JSON.stringify(text)}`);
  return ms;
}
