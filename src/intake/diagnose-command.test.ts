import { expect } from 'chai';
import { test } from 'node:test';
import { buildSymptomIndex } from '../symptoms/symptom-index';
import { readDiagnoseOptions } from './diagnose-options';
import { formatIntake } from './format-intake';
import { intake } from './intake';
import { tuningPhrasings } from './phrasings';
import { CauseSearch } from './search-causes';

/** The options as util.parseArgs gives them (scripts/diagnose.js parses the command line; scripts/diagnose.test.ts runs it). */
const read = ([text, values]: [string, Record<string, unknown>]) => readDiagnoseOptions(values, text === '' ? [] : text.split(' '));

test('the diagnose command line: a ticket, its context and answers, or the reason it is refused', () => {
  const cases: readonly [[string, Record<string, unknown>], object | RegExp][] = [
    [['my clock looks right', {}], { text: 'my clock looks right', context: {}, answers: {} }],
    [
      ['spins', { changed: 'password', when: 'this morning', users: 'one', network: 'vpn', answer: ['seen=spinning'] }],
      {
        text: 'spins',
        context: { changed: 'password', users: 'one', network: 'vpn', when: 'this morning' },
        answers: { seen: 'spinning' },
      },
    ],
    [['spins', { changed: 'moon' }], /--changed takes password\|dns/],
    [['spins', { users: 'many' }], /--users takes one\|several/],
    [['spins', { answer: ['seen'] }], /--answer takes key=value/],
    [['spins', { answer: ['colour=red'] }], /no question "colour"/],
    [['', {}], /the ticket is empty/],
  ];
  for (const [args, want] of cases) {
    if (want instanceof RegExp) expect(() => read(args), args[0]).to.throw(want);
    else expect(read(args).ticket, args[0]).to.deep.equal(want);
  }
  expect(read(['x', { reproduce: true, json: true }])).to.include({ reproduce: true, json: true });
});

test('what diagnose prints: the question with its --answer lines, or each cause with its fix and reproduction', () => {
  const index = buildSymptomIndex();
  const search = new CauseSearch(index, tuningPhrasings);
  const vague = { text: 'spins' };
  const asked = formatIntake(index, vague, intake(search, vague));
  expect(asked).to.match(/Ask:\n {2}[^\n]+\?\n {4}--answer [a-z]+=[a-z-]+ {3}\(/);
  expect(asked, 'no list of closest messages').to.not.match(/Shows:/);
  const clock = { text: 'Cannot sign in to Lync because your computer clock is not set correctly', context: { users: 'one' as const } };
  const out = formatIntake(index, clock, intake(search, clock));
  expect(out).to.match(/1\. The computer's clock is more than five minutes off {3}\[clock-off\]/);
  expect(out).to.match(/Known: users=one/);
  expect(out).to.match(/Reproduce: npm run reproduce -- features\/[a-z-]+\/[a-z-]+\.feature:\d+/);
  expect(out, 'the steps only with --reproduce').to.not.match(/Steps \(/);
  const withSteps = formatIntake(index, clock, intake(search, clock), true);
  expect(withSteps).to.match(/Steps \(features\/troubleshooting\/clock\.feature:\d+\):\n +@[^\n]+\n +Scenario: [^\n]+\n +Given /);
});
