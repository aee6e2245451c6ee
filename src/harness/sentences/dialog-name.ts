import type { WindowId } from '../../simulator';
import { dialogs } from '../parameter-types';

const names = new Map(Object.entries(dialogs).map(([name, id]) => [id, name]));

/** A Lync window or dialog as a scenario names it ({dialog}): "Options dialog", "credential dialog", "main window". */
export function dialogName(id: WindowId): string {
  const name = names.get(id);
  if (name === undefined) throw new Error(`the window "${id}" has no name in the {dialog} parameter type (src/harness/parameter-types.ts)`);
  return name;
}
