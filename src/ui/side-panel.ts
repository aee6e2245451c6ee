import type { DesktopAction, FakeWorld } from '../fakes';
import type { DesktopRef, PanelAction, PanelState } from './desktop-api';

/** What the playground adds to the desktop page: a panel that acts on the fake world and keeps a record of the story. */
export interface SidePanel {
  state(world: FakeWorld): PanelState;
  /** Acts on the world; answers a new world when the action replaced it ("Start over"), which the page shows from then on. */
  apply(world: FakeWorld, action: PanelAction, selected: DesktopRef | null): Promise<FakeWorld | undefined>;
  /** A Lync user did something on a desktop; `messages` are the messages Lync put on screen because of it. */
  performed(world: FakeWorld, where: DesktopRef, action: DesktopAction, messages: readonly string[]): void;
}
