import { expect } from 'chai';
import { test } from 'node:test';
import { array, boolean, integer, literal, nullable, object, oneOf, secret, string, union, type SchemaNode } from '../protocol';
import { schemaText } from './schema-text';

const named = object({ a: string() });
const cases: { schema: SchemaNode; text: string }[] = [
  {
    schema: object({ kind: literal('label'), name: string() }, { disabled: boolean() }),
    text: '{ kind: "label", name: string, disabled?: boolean }',
  },
  { schema: nullable(secret()), text: 'secret | null' },
  { schema: integer(0), text: 'integer >= 0' },
  { schema: array(oneOf('a', 'b')), text: '("a" | "b")[]' },
  { schema: union(literal(1), literal(2)), text: '1\n| 2' },
  { schema: object({ x: named }), text: '{ x: Named }' },
];

for (const c of cases) {
  test(`schemaText: ${c.text.replace(/\n/g, ' ')}`, () => {
    expect(schemaText(c.schema, new Map([[named, 'Named']]))).to.equal(c.text);
  });
}
