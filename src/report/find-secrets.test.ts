import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findSecrets } from './find-secrets';

const secret = 'P@ss "w0rd" <&> ünï';

const cases: { name: string; content: string | Buffer; encoding: string | null }[] = [
  { name: 'absent', content: 'alice signed in with a saved password', encoding: null },
  { name: 'raw', content: `password=${secret}\n`, encoding: 'raw' },
  { name: 'json', content: JSON.stringify({ body: secret }), encoding: 'json' },
  {
    name: 'html',
    content: `<pre>${secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</pre>`,
    encoding: 'html',
  },
  { name: 'url', content: `?p=${encodeURIComponent(secret)}`, encoding: 'url' },
  ...[0, 1, 2].map((pad) => ({
    name: `base64 at offset ${pad}`,
    content: `{"body":"${Buffer.from(`${'x'.repeat(pad)}${secret}tail`).toString('base64')}"}`,
    encoding: 'base64',
  })),
  {
    name: 'binary file',
    content: Buffer.concat([Buffer.from([0, 255, 1]), Buffer.from(secret)]),
    encoding: 'raw',
  },
];

for (const c of cases) {
  test(`findSecrets: ${c.name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'find-secrets-'));
    try {
      mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
      writeFileSync(join(dir, 'clean.txt'), 'nothing here');
      writeFileSync(join(dir, 'nested', 'deeper', 'file.out'), c.content);
      const hits = findSecrets(dir, ['other-secret', secret]);
      if (c.encoding === null) expect(hits).to.deep.equal([]);
      else expect(hits).to.deep.equal([{ file: join('nested', 'deeper', 'file.out'), secret: 1, encoding: c.encoding }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
