import { expect } from 'chai';
import { test } from 'node:test';
import { readReplayToken, replayToken, type HistoryData } from './replay-token';

const history: HistoryData = {
  cast: { people: ['Alice'], computers: ['PC1'], installs: [['Alice', 'PC1']], emptyAddress: [], loggedOn: [['Alice', 'PC1']] },
  intents: [
    { command: 'logOff', args: { person: 'Alice', computer: 'PC1' } },
    { command: 'fault dns-down', args: { on: true } },
  ],
};

test('a history goes into one word of the command line and comes back the same', () => {
  const token = replayToken(history);
  expect(token).to.match(/^[\w-]+$/);
  expect(readReplayToken(token)).to.deep.equal(history);
});

test('a token that is not one a finding printed is refused with what to do', () => {
  const cases: [string, string][] = [
    ['0:2:3:4', 'cannot be read'],
    [replayToken(history).slice(0, 20), 'cannot be read'],
    [Buffer.from('x').toString('base64url'), 'cannot be read'],
    [replayToken({ cast: history.cast, intents: [{ command: 1 }] } as unknown as HistoryData), 'holds no history'],
  ];
  for (const [token, want] of cases) expect(() => readReplayToken(token), token).to.throw(want);
});
