import {
  type Argument,
  CucumberExpression,
  type Node,
  NodeType,
  ParameterType,
  ParameterTypeRegistry,
} from '@cucumber/cucumber-expressions';
import type { Phrase } from './phrase';
import { parameterTypes, type ParameterTypeSpec } from './parameter-types';
import { pronounFor } from './pronouns';

/** A step's argument as the sentence writes it: the text of a {string} without quotes, a number, or a parameter's text. */
export type WrittenArg = string | number;

/** A sentence read back: which phrase, its arguments as written and as the step receives them, and the wording used. */
export interface ParsedStep {
  readonly phrase: Phrase;
  readonly args: readonly WrittenArg[];
  readonly values: readonly unknown[];
  /** Set when the sentence used an older wording: that wording's expression. */
  readonly alias: string | null;
}

interface Compiled {
  readonly phrase: Phrase;
  readonly expression: CucumberExpression;
  readonly alias: string | null;
}

/** Cucumber's own parameter registry, with our parameter types; the same definitions Cucumber runs the features with. */
export function parameterRegistry(types: readonly ParameterTypeSpec[] = parameterTypes): ParameterTypeRegistry {
  const registry = new ParameterTypeRegistry();
  for (const t of types) registry.defineParameterType(new ParameterType(t.name, t.regexp, null, t.transformer, true, false));
  return registry;
}

const builtInValues = new Set(['string', 'int', 'float', 'word', 'bigdecimal', 'biginteger', 'byte', 'short', 'long', 'double']);

function writtenArg(a: Argument): WrittenArg {
  const type = a.getParameterType().name ?? '';
  if (builtInValues.has(type)) return a.getValue(null) as WrittenArg;
  return a.group.value ?? '';
}

function writeArg(type: string, value: WrittenArg): string {
  if (type !== 'string') return String(value);
  const text = String(value);
  return text.includes('"') && !text.includes("'") ? `'${text}'` : `"${text}"`;
}

/**
 * The scenario language: every phrase, read with Cucumber's own expression matcher (`parse`) and written back from
 * arguments (`write`), so exploration, the playground, the symptom index and Cucumber agree on every sentence.
 */
export class Phrasebook {
  readonly #registry: ParameterTypeRegistry;
  readonly #byId = new Map<string, Compiled>();
  readonly #all: Compiled[] = [];

  constructor(phrases: readonly Phrase[], types: readonly ParameterTypeSpec[] = parameterTypes) {
    this.#registry = parameterRegistry(types);
    for (const phrase of phrases) {
      if (this.#byId.has(phrase.id)) throw new Error(`two phrases have the id "${phrase.id}"`);
      const compiled = { phrase, expression: new CucumberExpression(phrase.expression, this.#registry), alias: null };
      this.#byId.set(phrase.id, compiled);
      this.#all.push(compiled);
      for (const alias of phrase.aliases) this.#all.push({ phrase, expression: new CucumberExpression(alias, this.#registry), alias });
    }
  }

  get phrases(): readonly Phrase[] {
    return [...this.#byId.values()].map((c) => c.phrase);
  }

  get(id: string): Phrase {
    const c = this.#byId.get(id);
    if (!c) throw new Error(`no phrase "${id}" in the phrasebook (see src/harness/phrases/)`);
    return c.phrase;
  }

  /** How many arguments the phrase's step receives. */
  arity(id: string): number {
    return parameterNodes(this.#compiled(id).expression.ast).length;
  }

  /** The parameter type of each of the phrase's arguments, in order ("person", "string", "duration"). */
  parameterTypesOf(id: string): string[] {
    return parameterNodes(this.#compiled(id).expression.ast).map((n) => n.text());
  }

  /** The phrase a sentence (without its keyword) uses, or null; an error when two phrases match it. */
  parse(text: string): ParsedStep | null {
    const hits: ParsedStep[] = [];
    for (const c of this.#all) {
      const args = c.expression.match(text);
      if (args === null) continue;
      hits.push({ phrase: c.phrase, args: args.map(writtenArg), values: args.map((a) => a.getValue(null)), alias: c.alias });
    }
    if (hits.length > 1) throw new Error(`"${text}" matches more than one phrase: ${hits.map((h) => h.phrase.id).join(', ')}`);
    return hits[0] ?? null;
  }

  /** The sentence (without keyword) of a phrase with these arguments, in its current wording. */
  write(id: string, args: readonly WrittenArg[]): string {
    const c = this.#compiled(id);
    const params = parameterNodes(c.expression.ast);
    if (params.length !== args.length)
      throw new Error(`phrase "${id}" takes ${params.length} argument(s) (${c.phrase.expression}); it was given ${args.length}`);
    const firstPerson = params.findIndex((p) => p.text() === 'person');
    const person = firstPerson >= 0 ? String(args[firstPerson]) : undefined;
    let i = 0;
    let lastNumber: number | undefined;
    const walk = (node: Node): string => {
      switch (node.type) {
        case NodeType.text:
          return node.text();
        case NodeType.parameter: {
          const value = args[i++] as WrittenArg;
          const leading = typeof value === 'number' ? value : /^\d+(?= )/.exec(value)?.[0];
          if (leading !== undefined) lastNumber = Number(leading);
          return writeArg(node.text(), value);
        }
        // Agreement with the last number written ("1 request", "3 requests"; "1 minute passes", "5 minutes pass"):
        // "(s)" is a noun's plural, "(es)" a verb's singular.
        case NodeType.optional: {
          const text = (node.nodes ?? []).map(walk).join('');
          const singular = lastNumber === 1;
          return (text === 'es' ? singular : !singular) ? text : '';
        }
        case NodeType.alternation: {
          const alternatives = (node.nodes ?? []).map((a) => (a.nodes ?? []).map((n) => n.text()).join(''));
          return pronounFor(person, alternatives) ?? alternatives[0] ?? '';
        }
        default:
          return (node.nodes ?? []).map(walk).join('');
      }
    };
    return walk(c.expression.ast);
  }

  #compiled(id: string): Compiled {
    const c = this.#byId.get(id);
    if (!c) throw new Error(`no phrase "${id}" in the phrasebook (see src/harness/phrases/)`);
    return c;
  }
}

function parameterNodes(node: Node): Node[] {
  if (node.type === NodeType.parameter) return [node];
  return (node.nodes ?? []).flatMap(parameterNodes);
}
