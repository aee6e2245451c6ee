const units: readonly (readonly [number, string])[] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
  [1, 'millisecond'],
];

/** A whole number of milliseconds in the largest unit that says it exactly ({duration}): "5 minutes", "1 second". */
export function durationText(ms: number): string {
  const [size, unit] = units.find(([u]) => ms % u === 0) ?? [1, 'millisecond'];
  const n = ms / size;
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
