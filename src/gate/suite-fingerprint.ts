import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser, compile } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { harnessMethods, platformMethods } from '../protocol/methods';
import { protocolVersion } from '../protocol/protocol-version';

/** What a release of the gate promises a client: which scenarios it runs and what protocol it speaks. */
export interface SuiteFingerprint {
  /** sha256 of every scenario's feature file and name (an outline's rows with their values), sorted. */
  readonly scenarios: string;
  /** sha256 of the protocol's version and the schemas of every method (their prose summaries aside). */
  readonly protocol: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.feature') ? [join(dir, e.name)] : [],
  );

/** `features/<file>.feature<TAB><scenario name>` for every scenario the gate runs, as Cucumber names them. */
export function scenarioNames(root: string): string[] {
  return walk(join(root, 'features'))
    .flatMap((file) => {
      const uri = relative(root, file);
      const newId = IdGenerator.incrementing();
      const doc = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(readFileSync(file, 'utf8'));
      return compile(doc, uri, newId).map((p) => `${uri}\t${p.name}`);
    })
    .sort();
}

/** The protocol as data: its version and each method's schemas, without the prose. */
export function protocolShape(): string {
  const shape = (methods: Readonly<Record<string, { params: unknown; result: unknown; capability?: string }>>) =>
    Object.fromEntries(
      Object.entries(methods).map(([name, m]) => [name, { params: m.params, result: m.result, capability: m.capability ?? null }]),
    );
  return JSON.stringify({ protocolVersion, harness: shape(harnessMethods), platform: shape(platformMethods) });
}

export function suiteFingerprint(root: string): SuiteFingerprint {
  return { scenarios: sha256(scenarioNames(root).join('\n')), protocol: sha256(protocolShape()) };
}
