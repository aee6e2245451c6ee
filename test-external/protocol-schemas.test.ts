import { expect } from 'chai';
import { present } from '../test-support/present';
import { test } from 'node:test';
import { check, harnessMethods, parseLine, platformMethods } from '../src/protocol';

/** The protocol's schemas, as both ends apply them: what fits, and the first problem of what does not. */
const cases: readonly {
  readonly name: string;
  readonly schema: keyof typeof platformMethods | keyof typeof harnessMethods;
  readonly side: 'params' | 'result';
  readonly value: unknown;
  readonly problem: string | null;
}[] = [
  {
    name: 'a click',
    schema: 'client/deliver',
    side: 'params',
    value: { event: { type: 'user.click', window: 'main', control: 'Sign In' } },
    problem: null,
  },
  {
    name: 'a typed password',
    schema: 'client/deliver',
    side: 'params',
    value: { event: { type: 'user.type', window: 'main', field: 'Password', text: 'x', secret: true } },
    problem: null,
  },
  {
    name: 'a misspelt window',
    schema: 'client/deliver',
    side: 'params',
    value: { event: { type: 'user.click', window: 'mian', control: 'Sign In' } },
    problem:
      'params.event.window: expected one of "main", "options", "confirmDelete", "trustServer", "credentials", "connectionSettings", "configurationInformation"; got "mian"',
  },
  {
    name: 'an unknown event type',
    schema: 'client/deliver',
    side: 'params',
    value: { event: { type: 'user.dance' } },
    problem: 'params.event: expected {type "user.click"} or',
  },
  {
    name: 'a network answer',
    schema: 'client/deliver',
    side: 'params',
    value: {
      event: {
        type: 'net.response',
        requestId: 3,
        response: {
          ok: true,
          kind: 'registered',
          sessionId: 's',
          endpoint: 'e',
          addressBook: 'https://webpoolam41a01.infra.lync.com/abs/handler',
        },
      },
    },
    problem: null,
  },
  {
    name: 'a failure that does not exist',
    schema: 'client/deliver',
    side: 'params',
    value: { event: { type: 'net.response', requestId: 3, response: { ok: false, failure: 'gremlins' } } },
    problem: 'params.event.response.failure: expected one of',
  },
  {
    name: 'an unknown field',
    schema: 'desktop.alert',
    side: 'params',
    value: { title: 't', text: 'x', colour: 'red' },
    problem: 'params: unknown field "colour"',
  },
  { name: 'a missing field', schema: 'credentials.read', side: 'params', value: {}, problem: 'params.address: missing' },
  {
    name: 'a view with a list where a list belongs',
    schema: 'desktop.render',
    side: 'params',
    value: { view: { windows: [], icon: null, taskbarButton: false } },
    problem: null,
  },
  {
    name: 'a menu inside a menu',
    schema: 'desktop.render',
    side: 'params',
    value: {
      view: {
        windows: [
          {
            id: 'main',
            title: 'Lync',
            visible: true,
            foreground: true,
            screen: 'sign-in',
            controls: [{ kind: 'menu', name: 'Options', items: [{ name: 'File', items: [{ name: 'Exit', items: 3 }] }] }],
          },
        ],
        icon: null,
        taskbarButton: true,
      },
    },
    problem: 'params.view.windows[0].controls[0].items[0].items[0].items: expected a list; got 3',
  },
  {
    name: 'a negative timer',
    schema: 'timer.set',
    side: 'params',
    value: { name: 't', ms: -1 },
    problem: 'params.ms: expected at least 0; got -1',
  },
  { name: 'a settings patch', schema: 'settings.write', side: 'params', value: { patch: { signedOutByUser: true } }, problem: null },
  {
    name: 'an answer to initialize',
    schema: 'initialize',
    side: 'result',
    value: { protocolVersion: 'signin-sim/4', client: { name: 'c', version: '1' }, capabilities: ['screen', 'telepathy'] },
    problem: null,
  },
  {
    name: 'a deliver answered with a value',
    schema: 'client/deliver',
    side: 'result',
    value: { done: true },
    problem: 'result: unknown field "done"',
  },
];

for (const c of cases) {
  test(`schema: ${c.name}`, () => {
    const table: Record<string, { params: Parameters<typeof check>[0]; result: Parameters<typeof check>[0] }> = {
      ...harnessMethods,
      ...platformMethods,
    };
    const spec = table[c.schema];
    present(spec);
    const problem = check(spec[c.side], c.value, c.side);
    if (c.problem === null) expect(problem).to.equal(null);
    else present(problem?.startsWith(c.problem), `got: ${problem}`);
  });
}

const lines: readonly { readonly line: string; readonly kind: string }[] = [
  { line: '{"jsonrpc":"2.0","id":1,"method":"settings.read","params":{}}', kind: 'request' },
  { line: '{"jsonrpc":"2.0","id":1,"result":{}}', kind: 'result' },
  { line: '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}', kind: 'error' },
  { line: '{"jsonrpc":"2.0","method":"settings.read","params":{}}', kind: 'notification' },
  { line: 'hello', kind: 'parse error -32700' },
  { line: '[{"jsonrpc":"2.0"}]', kind: 'invalid -32600' },
  { line: '{"jsonrpc":"1.0","id":1,"result":{}}', kind: 'invalid -32600' },
  { line: '{"jsonrpc":"2.0","id":1,"method":"x","params":[]}', kind: 'invalid -32600' },
  { line: '{"jsonrpc":"2.0","id":1,"result":{},"error":{"code":1,"message":"m"}}', kind: 'invalid -32600' },
];

for (const c of lines) {
  test(`envelope: ${c.line} is ${c.kind}`, () => {
    const parsed = parseLine(c.line);
    const kind = parsed.ok ? parsed.message.kind : parsed.code === -32700 ? 'parse error -32700' : `invalid ${parsed.code}`;
    expect(kind).to.equal(c.kind);
  });
}
