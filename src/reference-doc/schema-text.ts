import type { SchemaNode } from '../protocol';

/** How a schema reads in the protocol document: `{ kind: "label", name: string, text: string }`, `secret | null`, ... */
export function schemaText(node: SchemaNode, names: ReadonlyMap<SchemaNode, string> = new Map(), top = true): string {
  const named = names.get(node);
  if (named !== undefined && !top) return named;
  switch (node.kind) {
    case 'string':
      return node.secret ? 'secret' : 'string';
    case 'enum':
      return node.values.map((v) => JSON.stringify(v)).join(' | ');
    case 'number':
      return `${node.integer ? 'integer' : 'number'}${node.min > 0 || node.integer ? ` >= ${node.min}` : ''}`;
    case 'boolean':
      return 'boolean';
    case 'literal':
      return JSON.stringify(node.value);
    case 'nullable':
      return `${schemaText(node.of, names, false)} | null`;
    case 'array': {
      const of = schemaText(node.of, names, false);
      return /[ |]/.test(of) && !of.startsWith('{') ? `(${of})[]` : `${of}[]`;
    }
    case 'object': {
      const fields = [
        ...Object.entries(node.required).map(([k, v]) => `${k}: ${schemaText(v, names, false)}`),
        ...Object.entries(node.optional).map(([k, v]) => `${k}?: ${schemaText(v, names, false)}`),
      ];
      return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
    }
    case 'union':
      return node.variants.map((v) => schemaText(v, names, false)).join('\n| ');
    case 'ref':
      return top ? schemaText(node.get(), names, false) : node.name;
  }
}
