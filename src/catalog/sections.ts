import sectionList from './section-list.json';

/**
 * The article's sections, in the order the article presents them.
 * Kept as JSON so plain-JavaScript config (the Allure format options) can read the same list.
 */
export interface Section {
  /** The value of a scenario's `@section:<key>` tag. */
  readonly key: string;
  readonly title: string;
}

export const sections: readonly Section[] = sectionList;

export function sectionTitle(key: string): string {
  return sections.find((s) => s.key === key)?.title ?? key;
}
