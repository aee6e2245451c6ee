import { check } from './check';
import type { SchemaNode } from './schema';

/** What a secret field shows in a recorded exchange: that a value was there, never the value. */
export const secretMark = '«secret»';

/**
 * A copy of a wire value with every field its schema marks `secret` replaced by {@link secretMark} (a null stays
 * null: whether a secret was sent is part of the exchange's shape). `user.type` with `secret: true` blanks its `text`.
 * Object fields come in the schema's order (required, then optional; unknown ones last), so that two peers that
 * write the same fields in another order give the same copy. For a union, the first variant the value fits decides;
 * a value that fits no variant is returned as it is.
 */
export function blankSecrets(node: SchemaNode, value: unknown): unknown {
  switch (node.kind) {
    case 'string':
      return node.secret && typeof value === 'string' ? secretMark : value;
    case 'nullable':
      return value === null ? null : blankSecrets(node.of, value);
    case 'array':
      return Array.isArray(value) ? value.map((v) => blankSecrets(node.of, v)) : value;
    case 'ref':
      return blankSecrets(node.get(), value);
    case 'union': {
      const variant = node.variants.find((v) => check(v, value) === null);
      return variant ? blankSecrets(variant, value) : value;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const order = [...Object.keys(node.required), ...Object.keys(node.optional), ...Object.keys(record)];
      for (const key of order) {
        if (!(key in record) || key in out) continue;
        const schema = node.required[key] ?? node.optional[key];
        out[key] = schema ? blankSecrets(schema, record[key]) : record[key];
      }
      if (record['type'] === 'user.type' && record['secret'] === true) out['text'] = secretMark;
      return out;
    }
    default:
      return value;
  }
}
