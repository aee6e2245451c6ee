import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type FeatureChild, type Step } from '@cucumber/messages';

/** A scenario of the features, with its background steps first, as the index searches them. */
export interface FeatureScenario {
  readonly uri: string;
  readonly line: number;
  readonly name: string;
  readonly tags: readonly string[];
  readonly steps: readonly string[];
  /** No step carries a data table or a doc string, and no Examples: `steps` alone say the whole scenario. */
  readonly plain: boolean;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.feature') ? [join(dir, e.name)] : [],
  );

/** Parses one feature file's text with Cucumber's own Gherkin parser. */
export function scenariosOf(uri: string, text: string): FeatureScenario[] {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  const feature = parser.parse(text).feature;
  if (!feature) return [];
  const featureTags = feature.tags.map((t) => t.name);
  const texts = (steps: readonly Step[]) => steps.map((s) => s.text);
  const withArguments = (steps: readonly Step[]) => steps.some((s) => s.dataTable !== undefined || s.docString !== undefined);
  const collect = (children: readonly FeatureChild[], background: string[], tags: string[]): FeatureScenario[] => {
    let bg = background;
    let bgArguments = false;
    const out: FeatureScenario[] = [];
    for (const child of children) {
      if (child.background) {
        bg = [...background, ...texts(child.background.steps)];
        bgArguments = withArguments(child.background.steps);
      }
      if (child.rule) out.push(...collect(child.rule.children, bg, [...tags, ...child.rule.tags.map((t) => t.name)]));
      if (child.scenario)
        out.push({
          uri,
          line: child.scenario.location.line,
          name: child.scenario.name,
          tags: [...tags, ...child.scenario.tags.map((t) => t.name)],
          steps: [...bg, ...texts(child.scenario.steps)],
          plain: !bgArguments && !withArguments(child.scenario.steps) && child.scenario.examples.length === 0,
        });
    }
    return out;
  };
  return collect(feature.children, [], featureTags);
}

/** Every scenario under the project's `features/`, paths relative to the project root. */
export function featureScenarios(root = resolve(__dirname, '..', '..')): FeatureScenario[] {
  return walk(join(root, 'features'))
    .sort()
    .flatMap((file) => scenariosOf(relative(root, file), readFileSync(file, 'utf8')));
}
