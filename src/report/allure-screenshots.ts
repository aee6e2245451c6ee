import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const mediaTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.webm': 'video/webm',
};

interface AllureAttachment {
  name: string;
  source: string;
  type: string;
}

/**
 * Screenshots are attached to Cucumber by reference (`text/uri-list`, a path under reports/), so
 * Allure would only show the path. This copies each referenced image into the results directory
 * and points the attachment at the copy, in test results and in fixtures (After hooks) alike.
 * Idempotent; returns how many attachments it replaced.
 */
export function inlineScreenshots(resultsDir: string, reportsDir: string): number {
  let replaced = 0;
  for (const file of readdirSync(resultsDir).filter((f) => /-(result|container)\.json$/.test(f))) {
    const path = join(resultsDir, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const before = replaced;
    walk(json, (attachments, owner) => {
      const next = attachments.flatMap((a) => {
        const images = a.type === 'text/uri-list' ? copies(a, resultsDir, reportsDir) : [];
        replaced += images.length > 0 ? 1 : 0;
        return images.length > 0 ? images : [a];
      });
      const names = next.filter((a, i) => a !== attachments[i]).map((a) => a.name);
      if (names.length > 0 && owner.name === 'Attachment') owner.name = `Screenshot ${names.join(', ')}`;
      attachments.splice(0, attachments.length, ...next);
    });
    if (replaced > before) writeFileSync(path, JSON.stringify(json));
  }
  return replaced;
}

function copies(a: AllureAttachment, resultsDir: string, reportsDir: string): AllureAttachment[] {
  const listFile = join(resultsDir, a.source);
  if (!existsSync(listFile)) return [];
  const paths = readFileSync(listFile, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && isPlainRelative(l));
  return paths.flatMap((p, i) => {
    const from = join(reportsDir, p);
    const type = mediaTypes[extname(p).toLowerCase()];
    if (type === undefined || !existsSync(from)) return [];
    const source = `${a.source.replace(/\.[^.]*$/, '')}-${i}${extname(p).toLowerCase()}`;
    copyFileSync(from, join(resultsDir, source));
    return [{ name: basename(p), source, type }];
  });
}

function isPlainRelative(path: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/') && !path.split(/[\\/]/).includes('..');
}

type Visit = (attachments: AllureAttachment[], owner: Record<string, unknown>) => void;

/** Calls `visit` for every `attachments` list in a result or container, with the step holding it. */
function walk(node: unknown, visit: Visit, depth = 0): void {
  if (depth > 50 || typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const attachments = record.attachments;
  if (Array.isArray(attachments) && attachments.every(isAttachment)) visit(attachments, record);
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'attachments') walk(value, visit, depth + 1);
  }
}

function isAttachment(value: unknown): value is AllureAttachment {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.source === 'string' && typeof v.type === 'string';
}
