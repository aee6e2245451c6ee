// Whether a command's output still has the lines a document shows for it.
//
// Each shown line must match a whole output line, in the order shown (other output lines may come between).
// White space is compared collapsed, and `...` inside a line stands for any text. A line that is only `...` stands
// for lines the document leaves out, and needs nothing.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const squeeze = (s: string) => s.trim().replace(/\s+/g, ' ');

/** A shown line as a pattern over one squeezed output line. */
export function linePattern(shown: string): RegExp {
  return new RegExp(`^${squeeze(shown).split('...').map(escape).join('.*')}$`);
}

/** Terminal colours and cursor codes removed. */
export const plain = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/**
 * The first shown line the output lacks (in order), or null when it has them all. `index` is the shown line's
 * position, so a caller streaming output can resume where it was.
 */
export function firstMissing(shown: readonly string[], output: string): { index: number; line: string } | null {
  const lines = plain(output).split(/\r?\n/).map(squeeze);
  let at = 0;
  for (const [index, line] of shown.entries()) {
    if (squeeze(line) === '...') continue;
    const pattern = linePattern(line);
    const found = lines.findIndex((l, i) => i >= at && pattern.test(l));
    if (found < 0) return { index, line };
    at = found + 1;
  }
  return null;
}
