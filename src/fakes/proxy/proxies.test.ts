import { expect } from 'chai';
import { test } from 'node:test';
import { idcrlProxyFor, lyncProxy, Proxy, scriptProxy, type ProxySettings } from './proxies';

const pool = 'sippoolam41a01.infra.lync.com';
const login = 'login.microsoftonline.com';
const settings = (named: string | null, script: Record<string, string> = {}): ProxySettings => ({
  named,
  script: new Map(Object.entries(script)),
});

test('the script picks the proxy of the longest domain that covers the host, else none', () => {
  const s = settings(null, { 'lync.com': 'p1', 'infra.lync.com': 'p3', [login]: 'p2' });
  expect(scriptProxy(s, pool)).to.equal('p3');
  expect(scriptProxy(s, 'webdir.online.lync.com')).to.equal('p1');
  expect(scriptProxy(s, login)).to.equal('p2');
  expect(scriptProxy(s, 'notlync.com')).to.equal(null);
  expect(lyncProxy(settings('named', { [login]: 'p2' }), pool)).to.equal('named');
});

test('KB 3123662: each HttpProxyControlFlags value hands the Sign-In Assistant its proxy', () => {
  const cases: [ProxySettings, { sipHttpsProxy: boolean; namedProxy: boolean } | undefined, string | null][] = [
    [settings('p1', { [login]: 'p2' }), undefined, 'p1'],
    [settings('p1', { [login]: 'p2' }), { sipHttpsProxy: false, namedProxy: true }, 'p1'],
    [settings('p1', { [login]: 'p2' }), { sipHttpsProxy: true, namedProxy: false }, 'p1'],
    [settings('p1', { [login]: 'p2' }), { sipHttpsProxy: false, namedProxy: false }, 'p2'],
    [settings(null, { 'lync.com': 'p1', [login]: 'p2' }), undefined, 'p1'],
    [settings(null, { 'lync.com': 'p1', [login]: 'p2' }), { sipHttpsProxy: false, namedProxy: true }, 'p2'],
    [settings('p1'), { sipHttpsProxy: false, namedProxy: false }, null],
    [settings(null), undefined, null],
  ];
  for (const [s, choice, expected] of cases) expect(idcrlProxyFor(s, login, pool, choice), JSON.stringify(choice)).to.equal(expected);
});

test('a proxy refuses its refused hosts first, then asks for credentials when it requires authentication', () => {
  const p = new Proxy('p1');
  expect(p.answer(login, false)).to.equal('let through');
  p.requiresAuthentication = true;
  expect(p.answer(login, false)).to.equal('407 Proxy Authentication Required');
  expect(p.answer(login, true)).to.equal('let through');
  p.refusedHosts.add('microsoftonline.com');
  expect(p.answer(login, true)).to.equal('refused');
});
