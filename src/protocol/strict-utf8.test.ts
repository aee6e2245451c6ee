import { expect } from 'chai';
import { test } from 'node:test';
import { StrictUtf8 } from './strict-utf8';

const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const cases: { what: string; chunks: Uint8Array[]; decoded: (string | null)[]; end: string | null }[] = [
  { what: 'plain text', chunks: [text('{"a":"é"}\n')], decoded: ['{"a":"é"}\n'], end: '' },
  { what: 'a character split across chunks', chunks: [bytes(0x22, 0xc3), bytes(0xa9, 0x22)], decoded: ['"', 'é"'], end: '' },
  { what: 'a lone continuation byte inside a JSON string', chunks: [bytes(0x22, 0x80, 0x22)], decoded: [null], end: null },
  { what: 'an overlong encoding of "/"', chunks: [bytes(0xc0, 0xaf)], decoded: [null], end: null },
  { what: 'an encoded surrogate', chunks: [bytes(0xed, 0xa0, 0x80)], decoded: [null], end: null },
  { what: 'bad bytes, then good ones: still refused', chunks: [bytes(0xff), text('ok')], decoded: [null, null], end: null },
  { what: 'the stream ends inside a character', chunks: [bytes(0x61, 0xe2, 0x82)], decoded: ['a'], end: null },
  { what: 'a byte order mark is kept, not dropped', chunks: [bytes(0xef, 0xbb, 0xbf, 0x61)], decoded: ['\ufeffa'], end: '' },
];

for (const c of cases)
  test(`strict UTF-8: ${c.what}`, () => {
    const decoder = new StrictUtf8();
    expect(c.chunks.map((chunk) => decoder.write(chunk))).to.deep.equal(c.decoded);
    expect(decoder.end()).to.equal(c.end);
  });
