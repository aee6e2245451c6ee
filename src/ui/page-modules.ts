import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const pageDir = join(__dirname, 'page');
const cache = new Map<string, string>();

/**
 * The page's script: the TypeScript files of src/ui/page, each served as an ES module at /page/<name>.
 * They are type-checked with the rest of the project and only transpiled here (no bundler, no build step).
 */
export function pageModule(name: string): string | null {
  if (!/^[a-z][a-z-]*$/.test(name)) return null;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!readdirSync(pageDir).includes(`${name}.ts`)) return null;
  const source = readFileSync(join(pageDir, `${name}.ts`), 'utf8');
  const out = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 },
    fileName: `${name}.ts`,
  }).outputText;
  cache.set(name, out);
  return out;
}
