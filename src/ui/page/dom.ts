/** Builds elements with attributes and children. Text always goes in as text nodes: nothing from the server is parsed as HTML. */
export type Attrs = Readonly<Record<string, string | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: readonly (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

export function required<T extends Element>(found: T | null, what: string): T {
  if (found === null) throw new Error(`The page has no ${what}`);
  return found;
}
