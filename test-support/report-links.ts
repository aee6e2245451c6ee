import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every .html file under `dir`, as paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

const tag = /<([a-zA-Z]+)\b[^>]*>/g;
const attribute = /\s(href|src)="([^"]*)"/g;
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));

/**
 * Test support: what is wrong with the links of a report built in `reportsDir` (conformance.html and conformance/):
 * a relative href or src to a file that does not exist or an id the page lacks, and any address off the disk but a
 * link (`<a href>`) to a source article on the web, which the browser follows only when clicked. Empty when every
 * link resolves.
 */
export function brokenReportLinks(reportsDir: string): string[] {
  const pages = [join(reportsDir, 'conformance.html'), ...htmlFiles(join(reportsDir, 'conformance'))];
  const idsOf = new Map<string, Set<string | undefined>>();
  const idsIn = (file: string) => {
    if (!idsOf.has(file)) idsOf.set(file, ids(readFileSync(file, 'utf8')));
    return idsOf.get(file) ?? new Set();
  };
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const [element, tagName = ''] of html.matchAll(tag))
      for (const [, name, raw] of element.matchAll(attribute)) {
        const value = (raw ?? '').replace(/&amp;/g, '&');
        const at = `${relative(reportsDir, page)}: ${name}="${value}"`;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
          if (tagName.toLowerCase() !== 'a' || name !== 'href' || !/^https?:\/\//.test(value)) problems.push(`${at} leaves the disk`);
          continue;
        }
        const [path = '', anchor] = value.split('#');
        const target = path === '' ? page : resolve(dirname(page), decodeURIComponent(path));
        if (!existsSync(target)) problems.push(`${at} points to no file`);
        else if (anchor !== undefined && target.endsWith('.html') && !idsIn(target).has(anchor)) problems.push(`${at} points to no id`);
      }
  }
  return problems;
}

/** How many pages the report has, by folder under conformance/ ("." for the index). */
export function reportPageCounts(reportsDir: string): Record<string, number> {
  const counts: Record<string, number> = { '.': 1 };
  for (const file of htmlFiles(join(reportsDir, 'conformance'))) {
    const folder = relative(join(reportsDir, 'conformance'), dirname(file)) || 'conformance';
    counts[folder] = (counts[folder] ?? 0) + 1;
  }
  return counts;
}
