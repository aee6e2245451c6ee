const maxDepth = 20;

/** Where two JSON values first differ, as a path and both sides in short; null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = 'view', depth = 0): string | null {
  if (Object.is(a, b)) return null;
  const short = (v: unknown): string => {
    const t = JSON.stringify(v) ?? 'nothing';
    return t.length > 80 ? `${t.slice(0, 77)}...` : t;
  };
  const both = `${path}: ${short(a)} vs ${short(b)}`;
  if (depth > maxDepth || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return both;
  if (Array.isArray(a) !== Array.isArray(b)) return both;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
    const d = firstDifference(ra[key], rb[key], `${path}.${key}`, depth + 1);
    if (d) return d;
  }
  return null;
}
