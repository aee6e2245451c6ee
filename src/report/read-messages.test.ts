import { expect } from 'chai';
import { test } from 'node:test';
import { parseMessages } from './read-messages';

const meta = JSON.stringify({ meta: { protocolVersion: '32.2.0' } });
const started = JSON.stringify({ testRunStarted: { timestamp: { seconds: 1, nanos: 0 } } });

const cases: { name: string; text: string; count?: number; error?: RegExp }[] = [
  { name: 'one envelope per line', text: `${meta}\n${started}\n`, count: 2 },
  { name: 'blank lines are ignored', text: `\n${meta}\n\n${started}`, count: 2 },
  {
    name: 'a half-written last line is an error: the file is truncated',
    text: `${meta}\n${started}\n{"testCase":{"id`,
    error: /run\.ndjson is truncated: its last line \(3\) is not a whole message/,
  },
  {
    name: 'a broken line in the middle is an error',
    text: `${meta}\n{oops\n${started}\n`,
    error: /run\.ndjson:2 is not a JSON message/,
  },
];

for (const c of cases) {
  test(`parseMessages: ${c.name}`, () => {
    if (c.error) expect(() => parseMessages(c.text, 'run.ndjson')).to.throw(c.error);
    else expect(parseMessages(c.text, 'run.ndjson').length).to.equal(c.count);
  });
}
