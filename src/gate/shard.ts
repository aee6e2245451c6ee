import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `--shard 2/3`: the second of three shards. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`--shard needs i/n with 1 <= i <= n (like 2/3); got "${text}"`);
  return { index, count };
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.feature') ? [join(dir, e.name)] : [],
  );

/** Every scenario (each outline row) with its name, at `features/<file>.feature:<line>`, sorted by file, then line. */
export function scenarioList(root: string): { readonly location: string; readonly name: string }[] {
  return walk(join(root, 'features'))
    .sort()
    .flatMap((file) => {
      const uri = relative(root, file);
      const newId = IdGenerator.incrementing();
      const doc = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(readFileSync(file, 'utf8'));
      return compile(doc, uri, newId)
        .map((p) => ({ line: p.location?.line ?? 0, name: p.name }))
        .sort((a, b) => a.line - b.line)
        .map(({ line, name }) => ({ location: `${uri}:${line}`, name }));
    });
}

/** Every scenario (each outline row) as `features/<file>.feature:<line>`, sorted by file, then line. */
export const scenarioLocations = (root: string): string[] => scenarioList(root).map((s) => s.location);

/**
 * The scenarios of one shard, round-robin over the sorted list (the 1st, n+1st, ... for shard 1), as cucumber-js
 * paths, one argument per file (`features/a.feature:12:30`). The same for every run and seed; the shards of one
 * count share no scenario and together hold them all. Filters after `--` (tags, names) still apply within a shard.
 */
export function shardPaths(locations: readonly string[], { index, count }: Shard): string[] {
  const byFile = new Map<string, string[]>();
  locations.forEach((location, i) => {
    if (i % count !== index - 1) return;
    const at = location.lastIndexOf(':');
    const file = location.slice(0, at);
    byFile.set(file, [...(byFile.get(file) ?? []), location.slice(at + 1)]);
  });
  return [...byFile].map(([file, lines]) => `${file}:${lines.join(':')}`);
}

/** `--shard i/n`, taken out of the gate's arguments (before `--`) before the rest are parsed. */
export function takeShardOption(argv: readonly string[]): { shard: Shard | null; rest: string[] } {
  const rest = [...argv];
  const dash = rest.indexOf('--');
  const at = rest.findIndex((a, i) => (dash < 0 || i < dash) && (a === '--shard' || a.startsWith('--shard=')));
  if (at < 0) return { shard: null, rest };
  const inline = rest[at]?.startsWith('--shard=') ? rest[at]?.slice('--shard='.length) : undefined;
  const value = inline ?? rest[at + 1] ?? '';
  rest.splice(at, inline === undefined ? 2 : 1);
  return { shard: parseShard(value), rest };
}
