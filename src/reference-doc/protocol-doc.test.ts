import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { clientMessages, defaultAssumptions } from '../simulator';
import { harnessMethods, platformMethods, type SchemaNode } from '../protocol';
import { goldenExchanges, protocolDocPath, protocolDocText } from './protocol-doc';
import { messageTexts } from './reference-markdown';

const doc = readFileSync(protocolDocPath, 'utf8');

test('docs/client-protocol.md holds what npm run protocol-reference generates', () => {
  expect(doc === protocolDocText(doc), 'docs/client-protocol.md is stale: run npm run protocol-reference').to.equal(true);
});

/** Every field name and enum value of a schema, at any depth. */
function namesIn(node: SchemaNode, seen = new Set<SchemaNode>()): string[] {
  if (seen.has(node)) return [];
  seen.add(node);
  switch (node.kind) {
    case 'enum':
      return [...node.values];
    case 'literal':
      return [String(node.value)];
    case 'nullable':
    case 'array':
      return namesIn(node.of, seen);
    case 'ref':
      return namesIn(node.get(), seen);
    case 'union':
      return node.variants.flatMap((v) => namesIn(v, seen));
    case 'object':
      return [...Object.entries({ ...node.required, ...node.optional })].flatMap(([k, v]) => [k, ...namesIn(v, seen)]);
    default:
      return [];
  }
}

/** What the reference client rendered and what the harness sent, in the golden exchanges. */
function usedOnTheWire(): string[] {
  const used = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      const r = v as Record<string, unknown>;
      for (const key of ['name', 'id', 'title', 'control', 'field', 'item', 'window', 'screen', 'kind', 'tooltip'])
        if (typeof r[key] === 'string') used.add(r[key]);
      if (r['kind'] === 'label' && typeof r['text'] === 'string' && r['text'] !== '') used.add(r['text']);
      Object.values(r).forEach(walk);
    }
  };
  for (const e of goldenExchanges())
    for (const line of e.exchange) {
      const m = /^P\d+ (?:→ (user\.\S+)|← (desktop\.render|log\.write|timer\.set)) (.*)$/.exec(line);
      if (m) walk(JSON.parse(m[3] ?? '{}'));
    }
  return [...used];
}

const everything: readonly [string, () => readonly string[]][] = [
  ['method names', () => [...Object.keys(harnessMethods), ...Object.keys(platformMethods)]],
  [
    'field names and values of every method',
    () => Object.values({ ...harnessMethods, ...platformMethods }).flatMap((m) => [...namesIn(m.params), ...namesIn(m.result)]),
  ],
  [
    'window, control and label names and texts the reference client rendered, and the names of every action the harness sent',
    usedOnTheWire,
  ],
  ['message texts', () => messageTexts().map(([, text]) => text)],
  ['message keys', () => Object.keys(clientMessages)],
  ['assumptions and their defaults', () => Object.entries(defaultAssumptions).flatMap(([k, v]) => [k, JSON.stringify(v)])],
];

for (const [what, names] of everything) {
  test(`docs/client-protocol.md names every one of the ${what}`, () => {
    const list = names();
    expect(list.length > 0, `no ${what} found`).to.equal(true);
    const missing = [...new Set(list)].filter((n) => !doc.includes(n));
    expect(
      missing,
      `docs/client-protocol.md lacks these ${what}: ${JSON.stringify(missing)}; run npm run protocol-reference`,
    ).to.deep.equal([]);
  });
}
