import type { ClientView, WindowView } from '../simulator';
import type { Timeline } from './timeline';

export interface Toast {
  readonly title: string;
  readonly text: string;
}

/** What one Windows user sees on one computer, assembled from the OS and the views of the running processes. */
export interface DesktopSnapshot {
  readonly computer: string;
  readonly windowsUser: string;
  readonly locked: boolean;
  readonly startMenu: readonly string[];
  readonly taskbar: readonly string[];
  /** `ctrlMenu`: the items the icon's menu adds when CTRL is held (SO-09). */
  readonly notificationArea: readonly {
    readonly name: string;
    readonly tooltip: string;
    readonly menu: readonly string[];
    readonly ctrlMenu?: readonly string[];
  }[];
  readonly windows: readonly WindowView[];
  readonly toasts: readonly Toast[];
}

/** What a process that has drawn nothing (yet, or any more) shows: no window, no icon, no taskbar button. */
export const emptyView: ClientView = { windows: [], icon: null, taskbarButton: false };

/** The desktop of one Windows session: the latest view of each process, and the toasts it raised. */
export class Desktop {
  readonly #views = new Map<number, ClientView>();
  readonly toasts: Toast[] = [];
  /** Every message text a process put on screen, for the guard that fails a scenario with an unchecked error. */
  readonly messagesShown: string[] = [];
  /** Every screen the Lync window showed while visible, in order (FS-12). */
  readonly screensShown: string[] = [];
  /** Every dialog that opened, in order. */
  readonly dialogsShown: string[] = [];

  constructor(
    private readonly owner: string,
    private readonly timeline: Timeline,
  ) {}

  /** The computer's lane in the swimlane. */
  #lane(): { lane: `Lync on ${string}` } | Record<string, never> {
    const at = this.owner.indexOf(' on ');
    return at < 0 ? {} : { lane: `Lync on ${this.owner.slice(at + 4)}` };
  }

  /** "Alice on PC1": the owner (a Windows user on a computer) by the person's name. */
  #owner(): string {
    const at = this.owner.indexOf(' on ');
    return at < 0 ? this.timeline.name(this.owner) : `${this.timeline.name(this.owner.slice(0, at))}${this.owner.slice(at)}`;
  }

  render(pid: number, next: ClientView): void {
    const before = this.#views.get(pid) ?? emptyView;
    this.#views.set(pid, next);
    for (const line of describeChange(before, next)) this.timeline.record(`${this.#owner()} sees ${line}`, this.#lane());
    const main = next.windows.find((w) => w.id === 'main' && w.visible);
    if (main && this.screensShown[this.screensShown.length - 1] !== main.screen) this.screensShown.push(main.screen);
    for (const w of next.windows) {
      if (w.id !== 'main' && w.visible && !before.windows.some((b) => b.id === w.id && b.visible)) this.dialogsShown.push(w.id);
      for (const c of w.controls) {
        const oldWindow = before.windows.find((b) => b.id === w.id);
        const old = oldWindow?.visible ? oldWindow.controls.find((b) => b.kind === 'label' && b.name === c.name) : undefined;
        if (w.visible && c.kind === 'label' && c.name === 'Message' && (!old || old.kind !== 'label' || old.text !== c.text))
          this.messagesShown.push(c.text);
      }
    }
  }

  remove(pid: number): void {
    const before = this.#views.get(pid);
    this.#views.delete(pid);
    if (before) for (const line of describeChange(before, emptyView)) this.timeline.record(`${this.#owner()} sees ${line}`);
  }

  alert(toast: Toast): void {
    this.toasts.push(toast);
    this.timeline.record(`${this.#owner()} sees an alert from ${this.timeline.name(toast.title)}`);
  }

  viewOf(pid: number): ClientView | null {
    return this.#views.get(pid) ?? null;
  }

  views(): ClientView[] {
    return [...this.#views.values()];
  }
}

function describeChange(before: ClientView, after: ClientView): string[] {
  const lines: string[] = [];
  const label = (w: WindowView) => (w.id === 'main' ? `the Lync window (${w.screen} screen)` : `the "${w.id}" dialog`);
  for (const w of after.windows) {
    const old = before.windows.find((b) => b.id === w.id);
    if (w.visible && (!old || !old.visible || old.screen !== w.screen)) lines.push(label(w));
    if (!w.visible && old?.visible) lines.push(`the Lync window closed`);
    const msg = w.controls.find((c) => c.kind === 'label' && c.name === 'Message');
    const oldMsg = old?.controls.find((c) => c.kind === 'label' && c.name === 'Message');
    if (msg && msg.kind === 'label' && (!oldMsg || oldMsg.kind !== 'label' || oldMsg.text !== msg.text))
      lines.push(`the message "${msg.text}"`);
  }
  for (const old of before.windows)
    if (old.visible && !after.windows.some((w) => w.id === old.id))
      lines.push(old.id === 'main' ? 'the Lync window closed' : `the "${old.id}" dialog closed`);
  if (before.icon === null && after.icon !== null) lines.push('the Lync icon in the notification area');
  if (before.icon !== null && after.icon === null) lines.push('no Lync icon in the notification area any more');
  return lines;
}
