import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

/** Script files an interpreter is given as its first argument: one that does not exist cannot start. */
const scriptFile = /\.(py|js|mjs|cjs|ts|rb|pl|php|lua|sh|jar)$/i;
const unquote = (t: string): string => t.replace(/^(['"])(.*)\1$/, '$2');

const executableFile = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};
const exists = (file: string): boolean => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};

/**
 * Why the client's command cannot start, found before any scenario runs, or null: its program is no executable file
 * (a path) or is not on PATH (a name), or the script an interpreter is given does not exist. Leading `NAME=value`
 * assignments are skipped; a command the shell would parse further (`;`, `&&`, `|`, `$(`) is checked no deeper.
 */
export function clientCannotStart(command: string, cwd: string, env: NodeJS.ProcessEnv): string | null {
  const tokens = (command.match(/'[^']*'|"[^"]*"|\S+/g) ?? []).map(unquote);
  while (tokens.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(tokens[0] ?? '')) tokens.shift();
  const [program, ...rest] = tokens;
  if (program === undefined) return 'the client command is empty';
  const shown = JSON.stringify(command);
  if (program.includes('/')) {
    const file = path.resolve(cwd, program);
    if (!executableFile(file)) return `the client command ${shown} cannot start: ${file} is no executable file`;
  } else {
    const found = spawnSync('/bin/sh', ['-c', 'command -v -- "$1" >/dev/null', 'sh', program], { cwd, env, timeout: 5000 });
    if (found.status !== 0) return `the client command ${shown} cannot start: no program "${program}" on PATH`;
  }
  if (/[;&|`]|\$\(/.test(command)) return null;
  const script = rest.find((t) => !t.startsWith('-'));
  if (script !== undefined && scriptFile.test(script) && !exists(path.resolve(cwd, script)))
    return `the client command ${shown} cannot start: its script ${path.resolve(cwd, script)} does not exist`;
  return null;
}
