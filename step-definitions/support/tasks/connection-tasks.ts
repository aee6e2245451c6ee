import type { SimWorld } from '../sim-world';
import { chooseMenu, click, setCheckbox } from './lync-tasks';

/** AS-07: Options > Personal > Advanced, Manual configuration ticked, the server boxes left as they are (empty), OK, OK. */
export async function manualWithBoxesUntouched(w: SimWorld, name: string, computer: string): Promise<void> {
  await chooseMenu(w, name, computer, ['Tools', 'Options']);
  await click(w, name, computer, 'Advanced', 'options');
  await setCheckbox(w, name, computer, 'Manual configuration', true, 'connectionSettings');
  await click(w, name, computer, 'OK', 'connectionSettings');
  await click(w, name, computer, 'OK', 'options');
}
