import { posix } from 'node:path';

/**
 * Where each page of the report lives, relative to the reports folder: the index is `conformance.html`, the other
 * pages are under `conformance/` by kind. Every page name is made of safe characters only, so a name is also its href.
 */
export const indexPath = 'conformance.html';
export const pagesFolder = 'conformance';

/** A catalog ID, cause id or scenario key as a file name: letters, digits, `-` and `_` stay; anything else is `_xx`. */
export function fileSlug(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? ''}_`);
}

export const causePath = (id: string): string => `${pagesFolder}/cause/${fileSlug(id)}.html`;
export const behaviourPath = (id: string): string => `${pagesFolder}/behaviour/${fileSlug(id)}.html`;
export const scenarioPath = (key: string): string => `${pagesFolder}/scenario/${fileSlug(key)}.html`;
/** Page `page` (from 1) of a column's list of scenarios: every one, or those that did not pass. */
export const listPath = (column: number, kind: ListKind, page: number): string => `${pagesFolder}/list/c${column}-${kind}-${page}.html`;
export const diagramPath = `${pagesFolder}/diagram.html`;

export type ListKind = 'all' | 'not-passed';

/** The href from the page at `from` to the page at `to` (both relative to the reports folder), with an optional #anchor. */
export function hrefFrom(from: string, to: string, anchor?: string): string {
  const rel = posix.relative(posix.dirname(from), to);
  return anchor === undefined ? rel : `${rel}#${anchor}`;
}
