import * as path from 'node:path';

/** Takes `--trace <file>` (before any `--`) out of the gate's arguments: where to write the client's exchange. */
export function takeTraceOption(argv: readonly string[], from: string): { file: string | null; rest: string[] } {
  const rest = [...argv];
  const dash = rest.indexOf('--');
  const at = rest.findIndex((a, i) => (dash < 0 || i < dash) && (a === '--trace' || a.startsWith('--trace=')));
  if (at < 0) return { file: null, rest };
  const inline = rest[at]?.startsWith('--trace=') ? rest[at]?.slice('--trace='.length) : undefined;
  const value = inline ?? rest[at + 1];
  if (!value || value.startsWith('--')) throw new Error('--trace needs a file name: the gate writes the exchange of every scenario there');
  rest.splice(at, inline === undefined ? 2 : 1);
  return { file: path.resolve(from, value), rest };
}
