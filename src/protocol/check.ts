import type { Schema, SchemaNode } from './schema';

const maxDepth = 32;

/**
 * Validates a value received on the wire. Returns null when it fits, else the first problem, with its path:
 * `params.event.window: expected one of "main", "options", ...; got "mian"`. Unknown fields are errors.
 */
export function check(schema: SchemaNode, value: unknown, path = '$'): string | null {
  return visit(schema, value, path, 0);
}

/** A type guard from a schema. */
export function fits<T>(schema: Schema<T>, value: unknown): value is T {
  return check(schema, value) === null;
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function visit(node: SchemaNode, value: unknown, path: string, depth: number): string | null {
  if (depth > maxDepth) return `${path}: nested more than ${maxDepth} levels deep`;
  switch (node.kind) {
    case 'string':
      return typeof value === 'string' ? null : `${path}: expected a string; got ${show(value)}`;
    case 'enum':
      return typeof value === 'string' && node.values.includes(value)
        ? null
        : `${path}: expected one of ${node.values.map((v) => JSON.stringify(v)).join(', ')}; got ${show(value)}`;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${path}: expected a number; got ${show(value)}`;
      if (node.integer && !Number.isInteger(value)) return `${path}: expected an integer; got ${value}`;
      return value >= node.min ? null : `${path}: expected at least ${node.min}; got ${value}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${path}: expected true or false; got ${show(value)}`;
    case 'literal':
      return value === node.value ? null : `${path}: expected ${JSON.stringify(node.value)}; got ${show(value)}`;
    case 'nullable':
      return value === null ? null : visit(node.of, value, path, depth + 1);
    case 'array':
      if (!Array.isArray(value)) return `${path}: expected a list; got ${show(value)}`;
      for (let i = 0; i < value.length; i++) {
        const problem = visit(node.of, value[i], `${path}[${i}]`, depth + 1);
        if (problem) return problem;
      }
      return null;
    case 'object':
      return visitObject(node, value, path, depth);
    case 'union':
      return visitUnion(node.variants, value, path, depth);
    case 'ref':
      return visit(node.get(), value, path, depth + 1);
  }
}

function visitObject(node: Extract<SchemaNode, { kind: 'object' }>, value: unknown, path: string, depth: number): string | null {
  if (!isRecord(value)) return `${path}: expected an object; got ${show(value)}`;
  for (const key of Object.keys(value)) {
    if (!(key in node.required) && !(key in node.optional)) return `${path}: unknown field "${key}"`;
  }
  for (const [key, field] of Object.entries(node.required)) {
    if (!(key in value)) return `${path}.${key}: missing`;
    const problem = visit(field, value[key], `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  for (const [key, field] of Object.entries(node.optional)) {
    if (!(key in value)) continue;
    const problem = visit(field, value[key], `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** The variant whose literal fields (its tags: `type`, `kind`, `ok`) match the value best explains why it does not fit. */
function visitUnion(variants: readonly SchemaNode[], value: unknown, path: string, depth: number): string | null {
  let best: { score: number; problem: string } | null = null;
  for (const variant of variants) {
    const problem = visit(variant, value, path, depth + 1);
    if (problem === null) return null;
    const score = tagScore(variant, value);
    if (best === null || score > best.score) best = { score, problem };
  }
  if (best === null) return `${path}: no shape is allowed here`;
  if (best.score > 0) return best.problem;
  const tags = variants.flatMap((v) => tagsOf(v));
  return tags.length > 0 ? `${path}: expected ${[...new Set(tags)].join(' or ')}; got ${show(value)}` : best.problem;
}

function tagScore(variant: SchemaNode, value: unknown): number {
  if (variant.kind === 'union') return Math.max(0, ...variant.variants.map((v) => tagScore(v, value)));
  if (variant.kind !== 'object' || !isRecord(value)) return 0;
  let score = 0;
  for (const [key, field] of Object.entries(variant.required)) if (field.kind === 'literal' && value[key] === field.value) score++;
  return score;
}

function tagsOf(variant: SchemaNode): string[] {
  if (variant.kind === 'union') return variant.variants.flatMap(tagsOf);
  if (variant.kind !== 'object') return [];
  const literals = Object.entries(variant.required).flatMap(([key, field]) =>
    field.kind === 'literal' ? [`${key} ${JSON.stringify(field.value)}`] : [],
  );
  return literals.length > 0 ? [`{${literals.join(', ')}}`] : [];
}
