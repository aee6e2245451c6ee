import { expect } from 'chai';
import { test } from 'node:test';
import type { ClientView } from '../../simulator';
import { dropNoOps, ExchangeTrace, settleRenders } from './exchange-trace';

const r = (p: string, v: string): string => `${p} ← desktop.render {"view":"${v}"}`;

const settleCases: { what: string; lines: string[]; settled: string[] }[] = [
  {
    what: 'the calls of one request compare as a set, in text order',
    lines: ['P1 → a {}', 'P1 ← timer.set {}', 'P1 ← net.request {}', 'P1 → b {}', 'P1 ← net.request {}', 'P1 ← timer.set {}'],
    settled: ['P1 → a {}', 'P1 ← net.request {}', 'P1 ← timer.set {}', 'P1 → b {}', 'P1 ← net.request {}', 'P1 ← timer.set {}'],
  },
  {
    what: 'the last render of a request counts, after its other calls',
    lines: ['P1 → os.started {}', r('P1', 'a'), 'P1 ← settings.read {}', r('P1', 'b')],
    settled: ['P1 → os.started {}', 'P1 ← settings.read {}', r('P1', 'b')],
  },
  {
    what: 'a render that changes nothing is left out',
    lines: ['P1 → a {}', r('P1', 'x'), 'P1 → b {}', r('P1', 'x')],
    settled: ['P1 → a {}', r('P1', 'x'), 'P1 → b {}'],
  },
  { what: 'a step mark ends the request', lines: [r('P1', 'x'), '▶ step', 'P1 → b {}'], settled: [r('P1', 'x'), '▶ step', 'P1 → b {}'] },
  {
    what: 'the SDK state settles like the view, after the other calls',
    lines: [
      'P1 → a {}',
      'P1 ← sdk.state {"state":"SigningIn"}',
      'P1 ← net.request {}',
      'P1 → b {}',
      'P1 ← sdk.state {"state":"SigningIn"}',
    ],
    settled: ['P1 → a {}', 'P1 ← net.request {}', 'P1 ← sdk.state {"state":"SigningIn"}', 'P1 → b {}'],
  },
  {
    what: 'no render in the request that exits',
    lines: ['P1 → a {}', r('P1', 'x'), 'P1 → b {}', r('P1', 'empty'), 'P1 ← process.exit {}'],
    settled: ['P1 → a {}', r('P1', 'x'), 'P1 → b {}', 'P1 ← process.exit {}'],
  },
  {
    what: 'each process has its own view',
    lines: ['P1 → a {}', r('P1', 'x'), 'P2 → a {}', r('P2', 'x')],
    settled: ['P1 → a {}', r('P1', 'x'), 'P2 → a {}', r('P2', 'x')],
  },
];
for (const c of settleCases)
  test(`settleRenders: ${c.what}`, () => {
    expect(settleRenders(c.lines)).to.deep.equal(c.settled);
  });

const view: ClientView = {
  windows: [
    {
      id: 'main',
      title: 'Lync',
      visible: true,
      foreground: true,
      screen: 'sign-in',
      controls: [
        { kind: 'textbox', name: 'Password', value: '', secret: true },
        { kind: 'button', name: 'Sign In' },
      ],
    },
  ],
  icon: null,
  taskbarButton: true,
};

test('ExchangeTrace: request ids and session ids are renumbered, secrets blanked, the step marked', () => {
  const trace = new ExchangeTrace();
  const p = trace.started({ computer: 'PC1', windowsUser: 'alice', version: '15' }, '{"signInAutoRetry":false}', 'Alice starts Lync');
  trace.called(p, 'desktop.render', { view }, 'Alice starts Lync');
  trace.delivered(p, { type: 'user.type', window: 'main', field: 'Password', text: 'Pa55', secret: true }, 'Alice types');
  trace.called(p, 'net.request', { requestId: 77, request: { kind: 'unregister', host: 'h', sessionId: 'S-9' } }, 'Alice types');
  trace.delivered(p, { type: 'net.response', requestId: 77, response: { ok: true, kind: 'unregistered' } }, 'Alice types');
  expect(trace.recorded('f.feature', 3, 'S').exchange).to.deep.equal([
    '▶ Alice starts Lync',
    'P1 → initialize {"computer":"PC1","windowsUser":"alice","version":"15","assumptions":{"signInAutoRetry":false}}',
    `P1 ← desktop.render ${JSON.stringify({ view })}`,
    '▶ Alice types',
    'P1 → user.type {"window":"main","field":"Password","text":"«secret»","secret":true}',
    'P1 ← net.request {"requestId":1,"request":{"kind":"unregister","host":"h","sessionId":"«session 1»"}}',
    'P1 → net.response {"requestId":1,"response":{"ok":true,"kind":"unregistered"}}',
  ]);
});

test('ExchangeTrace: a click on a control the process did not render is refused, saying so', () => {
  const trace = new ExchangeTrace();
  const p = trace.started({ computer: 'PC1', windowsUser: 'alice', version: '15' }, undefined, null);
  trace.called(p, 'desktop.render', { view }, null);
  expect(() => trace.delivered(p, { type: 'user.click', window: 'main', control: 'Sign Out' }, 'Alice clicks Sign Out')).to.throw(
    /no button or link named "Sign Out" \(it shows textbox "Password", button "Sign In"\)\. It did not/,
  );
});

const noOpCases: { what: string; lines: string[]; kept: string[] }[] = [
  {
    what: 'a timer.clear of a timer not set goes; one of a set timer stays',
    lines: ['P1 ← timer.clear {"name":"t"}', 'P1 ← timer.set {"name":"t","ms":5}', 'P1 ← timer.clear {"name":"t"}'],
    kept: ['P1 ← timer.set {"name":"t","ms":5}', 'P1 ← timer.clear {"name":"t"}'],
  },
  {
    what: 'a fired timer is no longer set',
    lines: ['P1 ← timer.set {"name":"t","ms":5}', 'P1 → timer.fired {"name":"t"}', 'P1 ← timer.clear {"name":"t"}'],
    kept: ['P1 ← timer.set {"name":"t","ms":5}', 'P1 → timer.fired {"name":"t"}'],
  },
];
for (const c of noOpCases)
  test(`dropNoOps: ${c.what}`, () => {
    expect(dropNoOps(c.lines)).to.deep.equal(c.kept);
  });
