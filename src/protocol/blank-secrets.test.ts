import { expect } from 'chai';
import { test } from 'node:test';
import { blankSecrets, secretMark } from './blank-secrets';
import { wireEvent } from './event-schema';
import { platformMethods } from './methods';
import type { SchemaNode } from './schema';

const cases: { what: string; schema: SchemaNode; value: unknown; blanked: unknown }[] = [
  {
    what: 'a typed password',
    schema: wireEvent,
    value: { type: 'user.type', window: 'main', field: 'Password', text: 'Xk3pw', secret: true },
    blanked: { type: 'user.type', window: 'main', field: 'Password', text: secretMark, secret: true },
  },
  {
    what: 'a typed address stays',
    schema: wireEvent,
    value: { type: 'user.type', window: 'main', field: 'Sign-in address', text: 'a@b.c', secret: false },
    blanked: { type: 'user.type', window: 'main', field: 'Sign-in address', text: 'a@b.c', secret: false },
  },
  {
    what: 'the token and certificate of an answer',
    schema: wireEvent,
    value: { type: 'net.response', requestId: 1, response: { ok: true, kind: 'authenticated', token: 't1', certificate: 'c1' } },
    blanked: {
      type: 'net.response',
      requestId: 1,
      response: { ok: true, kind: 'authenticated', token: secretMark, certificate: secretMark },
    },
  },
  {
    what: 'a password in a request, a null certificate stays null',
    schema: platformMethods['credentials.write'].params,
    value: { entry: { address: 'a@b.c', userName: 'a@b.c', password: 'pw', certificate: null, endpoint: null } },
    blanked: { entry: { address: 'a@b.c', userName: 'a@b.c', password: secretMark, certificate: null, endpoint: null } },
  },
  {
    what: 'a register with a token',
    schema: platformMethods['net.request'].params,
    value: { requestId: 2, request: { kind: 'register', host: 'h', address: 'a', token: 'tk', certificate: null, clientVersion: '15' } },
    blanked: {
      requestId: 2,
      request: { kind: 'register', host: 'h', address: 'a', token: secretMark, certificate: null, clientVersion: '15' },
    },
  },
  {
    what: 'fields in the schema order, whatever order they came in',
    schema: platformMethods['desktop.render'].params,
    value: {
      view: {
        taskbarButton: true,
        icon: null,
        windows: [
          { controls: [{ name: 'OK', kind: 'button' }], screen: 'dialog', foreground: true, visible: true, title: 'Lync', id: 'options' },
        ],
      },
    },
    blanked: {
      view: {
        windows: [
          { id: 'options', title: 'Lync', visible: true, foreground: true, screen: 'dialog', controls: [{ kind: 'button', name: 'OK' }] },
        ],
        icon: null,
        taskbarButton: true,
      },
    },
  },
];

for (const c of cases) {
  test(`blankSecrets: ${c.what}`, () => {
    expect(JSON.stringify(blankSecrets(c.schema, c.value))).to.equal(JSON.stringify(c.blanked));
  });
}
