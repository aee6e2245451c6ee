import { expect } from 'chai';
import * as path from 'node:path';
import { test } from 'node:test';
import { featureSteps } from './feature-steps';
import { phrase } from './phrase';
import { Phrasebook } from './phrasebook';
import { phrasebook } from './the-phrasebook';

const root = path.resolve(__dirname, '..', '..');
const steps = featureSteps(path.join(root, 'features'), root);

test('every step of every feature parses to exactly one phrase, in its current wording', () => {
  const problems: string[] = [];
  for (const s of steps) {
    try {
      const parsed = phrasebook().parse(s.text);
      if (parsed === null) problems.push(`${s.uri}:${s.line} no phrase: ${s.text}`);
      else if (parsed.alias !== null) problems.push(`${s.uri}:${s.line} older wording "${parsed.alias}": ${s.text}`);
    } catch (e) {
      problems.push(`${s.uri}:${s.line} ${(e as Error).message}`);
    }
  }
  expect(steps.length, 'steps found').to.be.greaterThan(3000);
  expect(problems).to.deep.equal([]);
});

test('every step of every feature is written back from its parsed arguments to the same text', () => {
  const problems: string[] = [];
  for (const s of steps) {
    const parsed = phrasebook().parse(s.text);
    if (parsed === null) continue;
    const written = phrasebook().write(parsed.phrase.id, parsed.args);
    if (written !== s.text) problems.push(`${s.uri}:${s.line}\n  read:    ${s.text}\n  written: ${written}`);
  }
  expect(problems).to.deep.equal([]);
});

test('no two phrases share an expression, and every id is unique', () => {
  const seen = new Map<string, string>();
  for (const p of phrasebook().phrases)
    for (const e of [p.expression, ...p.aliases]) {
      expect(seen.get(e), `"${e}" is defined by ${seen.get(e)} and ${p.id}`).to.equal(undefined);
      seen.set(e, p.id);
    }
});

const book = new Phrasebook([
  phrase('t.requests', 'Then', 'Lync for {person} on {computer} has sent {int} request(s)', () => undefined),
  phrase('t.password', 'When', '{person} types her/his password on {computer}', () => undefined),
  phrase('t.label', 'When', '{person} clicks {string} on {computer}', () => undefined, {
    aliases: ['{person} presses {string} on {computer}'],
  }),
  phrase('t.duration', 'When', '{duration} pass(es)', () => undefined),
]);

const cases: [string, string, (string | number)[]][] = [
  ['t.requests', 'Lync for Alice on PC1 has sent 1 request', ['Alice', 'PC1', 1]],
  ['t.requests', 'Lync for Alice on PC1 has sent 3 requests', ['Alice', 'PC1', 3]],
  ['t.password', 'Alice types her password on PC1', ['Alice', 'PC1']],
  ['t.password', 'Bob types his password on PC2', ['Bob', 'PC2']],
  ['t.label', 'Alice clicks "Sign In" on PC1', ['Alice', 'Sign In', 'PC1']],
  ['t.label', `Alice clicks 'say "hi"' on PC1`, ['Alice', 'say "hi"', 'PC1']],
  ['t.duration', '6 minutes pass', ['6 minutes']],
  ['t.duration', '1 minute passes', ['1 minute']],
];

for (const [id, text, args] of cases)
  test(`write and parse agree: ${text}`, () => {
    expect(book.write(id, args)).to.equal(text);
    const parsed = book.parse(text);
    expect(parsed?.phrase.id).to.equal(id);
    expect(parsed?.args).to.deep.equal(args);
  });

test('an older wording parses to its phrase and names itself', () => {
  const parsed = book.parse('Alice presses "OK" on PC1');
  expect(parsed?.phrase.id).to.equal('t.label');
  expect(parsed?.alias).to.equal('{person} presses {string} on {computer}');
  expect(book.write('t.label', parsed?.args ?? [])).to.equal('Alice clicks "OK" on PC1');
});

test('writing with the wrong number of arguments says what the phrase takes', () => {
  expect(() => book.write('t.password', ['Alice'])).to.throw(/takes 2 argument\(s\)/);
  expect(() => book.write('t.nothing', [])).to.throw(/no phrase "t.nothing"/);
});
