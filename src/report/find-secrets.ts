import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SecretHit {
  /** Path relative to the scanned directory. */
  readonly file: string;
  /** Index of the secret in the list given, so a failure message need not repeat the secret. */
  readonly secret: number;
  /** How it was written: raw, json, html, url or base64. */
  readonly encoding: string;
}

const maxFiles = 20_000;

/**
 * Every file under `dir` (recursively) that contains one of `secrets`, written as is or in an
 * encoding a report may use: JSON string escapes, HTML entities, URL encoding or base64 (at any
 * byte alignment, as inside an attached file).
 */
export function findSecrets(dir: string, secrets: readonly string[]): SecretHit[] {
  const needles = secrets.flatMap((secret, index) => encodingsOf(secret).map(([encoding, text]) => ({ index, encoding, text })));
  const hits: SecretHit[] = [];
  for (const file of filesUnder(dir)) {
    const content = readFileSync(file).toString('latin1');
    for (const needle of needles) {
      if (!content.includes(needle.text)) continue;
      const hit = { file: relative(dir, file), secret: needle.index, encoding: needle.encoding };
      if (!hits.some((h) => h.file === hit.file && h.secret === hit.secret)) hits.push(hit);
    }
  }
  return hits;
}

function encodingsOf(secret: string): [string, string][] {
  const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const html = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const found: [string, string][] = [
    ['raw', latin1(secret)],
    ['json', latin1(JSON.stringify(secret).slice(1, -1))],
    ['html', latin1(html)],
    ['url', encodeURIComponent(secret)],
    ...base64Cores(secret).map((core): [string, string] => ['base64', core]),
  ];
  return found.filter(([, text], i) => text.length > 0 && found.findIndex(([, t]) => t === text) === i);
}

/** The part of the base64 text that depends only on the secret, for each of the 3 alignments. */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  if (bytes.length < 6) return [];
  return [0, 1, 2].map((pad) => {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    const start = Math.ceil(pad / 3) * 4;
    const end = Math.floor((pad + bytes.length) / 3) * 4;
    return encoded.slice(start, end);
  });
}

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const pending = [dir];
  while (pending.length > 0 && files.length < maxFiles) {
    const current = pending.pop() ?? dir;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return files;
}
