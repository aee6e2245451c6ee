import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions } from '../simulator';
import { assumptionOverrides } from './assumption-overrides';

const cases: [string | undefined, RegExp | Record<string, unknown>][] = [
  [undefined, {}],
  ['{}', {}],
  ['{"savePasswordCheckedByDefault":false}', { savePasswordCheckedByDefault: false }],
  ['{"signInRetrySeconds":20,"presenceChoices":["Available"]}', { signInRetrySeconds: 20, presenceChoices: ['Available'] }],
  ['{"bogus":true}', /SIGNIN_ASSUMPTIONS names no assumption "bogus"/],
  ['{"toString":1}', /names no assumption "toString"/],
  ['{"savePasswordCheckedByDefault":"no"}', /savePasswordCheckedByDefault must be boolean, not string/],
  ['{"presenceChoices":"Available"}', /presenceChoices must be list, not string/],
  ['[]', /must be a JSON object/],
  ['{', /is not JSON/],
];

for (const [text, expected] of cases)
  test(`SIGNIN_ASSUMPTIONS=${text ?? '(unset)'}`, () => {
    if (expected instanceof RegExp) expect(() => assumptionOverrides(text)).to.throw(expected);
    else expect(assumptionOverrides(text)).to.deep.equal({ ...defaultAssumptions, ...expected });
  });
