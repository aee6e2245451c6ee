// The commands a Markdown document shows in its shell code blocks, with the output it shows for them.
//
// A block fenced as ```sh, ```bash, ```shell or ```console holds commands: every line that is not blank and not a
// `#` comment is one (a line ending in `\` goes on on the next line). When a block has lines starting with `$ `, only
// those are commands, and the lines under each, up to the next `$ `, are the output the document shows for it. `$ `
// lines count in ```text and unlabelled blocks too. A trailing comment `# exits N` says the command is meant to end
// with code N instead of 0.

export interface ShellCommand {
  /** The document, as given. */
  readonly file: string;
  /** Line of the command in the document, from 1. */
  readonly line: number;
  /** Blocks are numbered from 0 in their document; the commands of one block run in order, in one directory. */
  readonly block: number;
  /** The command without its trailing comment. */
  readonly command: string;
  /** The trailing comment, without `#`, or ''. */
  readonly comment: string;
  /** The exit code the document means (0 unless the comment says `exits N`). */
  readonly exitCode: number;
  /** The output lines the document shows under the command (empty when it shows none). */
  readonly output: readonly string[];
}

const shellLanguages = new Set(['sh', 'bash', 'shell', 'console']);
const promptLanguages = new Set(['', 'text', ...shellLanguages]);

interface Block {
  readonly language: string;
  readonly start: number;
  readonly lines: readonly string[];
}

/** Fenced blocks (``` or ~~~, at any indentation, as inside a list item), with their first line's number. */
function fencedBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', language = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, '') === '') break;
      body.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
    }
    blocks.push({ language: language.toLowerCase(), start: i + 2, lines: body });
    i = j;
  }
  return blocks;
}

/** Splits a shell line at its trailing comment: a `#` after white space, outside quotes. */
export function splitComment(line: string): { command: string; comment: string } {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? '')))
      return { command: line.slice(0, i).trim(), comment: line.slice(i + 1).trim() };
  }
  return { command: line.trim(), comment: '' };
}

const exitCodeOf = (comment: string) => Number(/^exits (\d+)\b/.exec(comment)?.[1] ?? 0);

function command(file: string, block: number, line: number, text: string, output: readonly string[]): ShellCommand {
  const { command, comment } = splitComment(text);
  return { file, line, block, command, comment, exitCode: exitCodeOf(comment), output };
}

/** The commands of one document, in order. */
export function shellCommands(file: string, text: string): ShellCommand[] {
  const out: ShellCommand[] = [];
  fencedBlocks(text).forEach((b, block) => {
    const prompted = b.lines.some((l) => l.startsWith('$ '));
    if (prompted && promptLanguages.has(b.language)) {
      b.lines.forEach((l, i) => {
        if (!l.startsWith('$ ')) return;
        const next = b.lines.findIndex((x, j) => j > i && x.startsWith('$ '));
        const shown = b.lines.slice(i + 1, next < 0 ? undefined : next).filter((x) => x.trim() !== '');
        out.push(command(file, block, b.start + i, l.slice(2), shown));
      });
      return;
    }
    if (!shellLanguages.has(b.language)) return;
    for (let i = 0; i < b.lines.length; i++) {
      const first = i;
      let text = b.lines[i] ?? '';
      while (text.endsWith('\\') && i + 1 < b.lines.length) text = `${text.slice(0, -1).trimEnd()} ${(b.lines[++i] ?? '').trim()}`;
      if (text.trim() === '' || text.trim().startsWith('#')) continue;
      out.push(command(file, block, b.start + first, text, []));
    }
  });
  return out;
}
