import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';

/** One step of a feature as Cucumber runs it (an outline's rows expanded), with where it stands. */
export interface FeatureStep {
  readonly uri: string;
  readonly line: number;
  readonly text: string;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.feature') ? [join(dir, e.name)] : [],
  );

/** Every step of every feature under a folder, compiled to pickles with Cucumber's own Gherkin. */
export function featureSteps(featuresDir: string, root: string): FeatureStep[] {
  return walk(featuresDir)
    .sort()
    .flatMap((file) => {
      const uri = relative(root, file);
      const newId = IdGenerator.incrementing();
      const doc = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(readFileSync(file, 'utf8'));
      const lineOf = new Map<string, number>();
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (node === null || typeof node !== 'object') return;
        const n = node as { id?: unknown; keyword?: unknown; location?: { line: number } };
        if (typeof n.id === 'string' && n.location && typeof n.keyword === 'string') lineOf.set(n.id, n.location.line);
        Object.values(node).forEach(visit);
      };
      visit(doc.feature);
      return compile({ ...doc, uri }, uri, newId).flatMap((pickle) =>
        pickle.steps.map((s) => ({ uri, line: lineOf.get(s.astNodeIds[0] ?? '') ?? 0, text: s.text })),
      );
    });
}
