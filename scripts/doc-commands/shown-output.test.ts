import { expect } from 'chai';
import { test } from 'node:test';
import { firstMissing, plain } from './shown-output';

const output = `
> signin-sim@0.1.0 reproduce

Scenario: The clock is six minutes fast  (features/troubleshooting/clock.feature:13)
  ✔ the clock of PC1 is 6 minutes fast
  ✔ Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check it." under the title "x"
    +0:00.129 ✖ Lync on PC1 (Alice) hears: refused
  Result: passed
`;

test('the first shown line the output lacks, in order', () => {
  const cases: [string, string[], string | null][] = [
    ['nothing shown, nothing missing', [], null],
    ['a line as printed', ['Scenario: The clock is six minutes fast  (features/troubleshooting/clock.feature:13)'], null],
    ['white space compared loosely', ['Scenario:   The clock is six minutes fast (features/troubleshooting/clock.feature:13)'], null],
    [
      'a stale line number',
      ['Scenario: The clock is six minutes fast  (features/troubleshooting/clock.feature:12)'],
      'Scenario: The clock is six minutes fast  (features/troubleshooting/clock.feature:12)',
    ],
    [
      '... inside a line stands for any text',
      ['✔ Lync on PC1 tells Alice "Cannot sign in to Lync because ... set correctly. ..." under the title "x"'],
      null,
    ],
    ['a line of ... stands for lines left out', ['Scenario: ...', '...', 'Result: passed'], null],
    ['other lines may come between', ['✔ the clock of PC1 is 6 minutes fast', 'Result: passed'], null],
    ['but not out of order', ['Result: passed', '✔ the clock of PC1 is 6 minutes fast'], '✔ the clock of PC1 is 6 minutes fast'],
    ['a changed figure', ['+0:00.130 ✖ Lync on PC1 (Alice) hears: refused'], '+0:00.130 ✖ Lync on PC1 (Alice) hears: refused'],
    ['the start of a line is not the line', ['✔ the clock of PC1'], '✔ the clock of PC1'],
    ['nor is its end', ['is 6 minutes fast'], 'is 6 minutes fast'],
    ['regular-expression characters are plain text', ['Result: passe.'], 'Result: passe.'],
  ];
  for (const [name, shown, missing] of cases) expect(firstMissing(shown, output)?.line ?? null, name).to.equal(missing);
});

test('colours are removed before comparing', () => {
  expect(plain('\x1b[32m✔\x1b[0m done')).to.equal('✔ done');
  expect(firstMissing(['✔ done'], '\x1b[32m✔\x1b[0m done')).to.equal(null);
});
