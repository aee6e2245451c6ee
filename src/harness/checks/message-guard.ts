import type { Stage } from '../stage';

/** Messages Lync put on any desktop that no Then step looked at. */
export function uncheckedMessages(w: Stage): string[] {
  const shown = [...w.fake.computers.values()].flatMap((c) => [...c.sessions.values()].flatMap((s) => s.desktop.messagesShown));
  return [...new Set(shown)].filter((m) => !w.checkedMessages.has(m));
}
