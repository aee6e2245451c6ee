import { escapeHtml as e } from './escape';
import { hrefFrom, indexPath } from './page-paths';

/** The line at the top of every page but the index: back to the index, then where the page sits. */
export function pageNav(from: string, trail: readonly { readonly label: string; readonly anchor?: string }[]): string {
  const parts = [
    `<a href="${hrefFrom(from, indexPath)}">Conformance report</a>`,
    ...trail.map((t) => (t.anchor === undefined ? e(t.label) : `<a href="${hrefFrom(from, indexPath, t.anchor)}">${e(t.label)}</a>`)),
  ];
  return `<nav class="crumbs">${parts.join(' › ')}</nav>`;
}
