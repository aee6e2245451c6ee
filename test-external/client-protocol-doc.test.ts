import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { errorCodes, harnessMethods, netFailure, platformMethods, wireEvent, wireNetRequest, type SchemaNode } from '../src/protocol';

/** docs/client-protocol.md is written by hand; this keeps it saying everything the protocol's data says. */
const doc = readFileSync(path.join(__dirname, '..', 'docs', 'client-protocol.md'), 'utf8');

const literalsOf = (node: SchemaNode, field: string): string[] =>
  node.kind === 'union'
    ? node.variants.flatMap((v) => literalsOf(v, field))
    : node.kind === 'object' && node.required[field]?.kind === 'literal'
      ? [String((node.required[field] as { value: unknown }).value)]
      : [];

const mentions: readonly [string, readonly string[]][] = [
  ['methods of the harness', Object.keys(harnessMethods)],
  ['platform methods', Object.keys(platformMethods)],
  ['event types', literalsOf(wireEvent, 'type')],
  ['network request kinds', literalsOf(wireNetRequest, 'kind')],
  ['network failures', netFailure.kind === 'enum' ? [...netFailure.values] : []],
  ['error codes', Object.values(errorCodes).map(String)],
];

for (const [what, names] of mentions) {
  test(`the protocol document names every one of the ${what}`, () => {
    expect(names.length > 0).to.equal(true);
    const missing = names.filter((n) => !doc.includes(`\`${n}\``) && !doc.includes(`"${n}"`) && !doc.includes(`| ${n} |`));
    expect(missing, `add these to docs/client-protocol.md`).to.deep.equal([]);
  });
}
