import type { DesktopAction, DesktopSnapshot, FakeWorld } from '../fakes';

/**
 * How a scenario reaches the client: every driver runs the same features. A driver decides which client runs in the
 * fake world (the reference in-process, an external program) and how the user's actions reach it (direct calls, real clicks).
 */
export interface Driver {
  /** A short name for reports: "in-process", "browser", "external". */
  readonly name: string;
  /**
   * Called once before the first scenario, with a longer timeout than a step's: what the driver needs for the whole
   * run (a browser, a server). Drivers that need nothing leave it out.
   */
  prepare?(): Promise<void>;
  /** Called once per scenario with a fresh world, before any step: plug the client into the world's OS. */
  start(world: FakeWorld, scenario?: { readonly name: string; readonly uri?: string; readonly line?: number }): Promise<void>;
  /** The Windows user does something on their desktop; resolves when the world has settled. */
  perform(computer: string, windowsUser: string, action: DesktopAction): Promise<void>;
  /** What that Windows user sees on that computer right now. */
  observe(computer: string, windowsUser: string): Promise<DesktopSnapshot>;
  /** Why this driver cannot run a scenario with these tags, or null when it can. */
  notApplicable(tags: readonly string[]): string | null;
  /**
   * Saves a picture of what the user sees under reports/ and returns its path relative to reports/, or null when there is
   * nothing to take: `step` only after a step that looked at the screen, `failure` always. Drivers with no screen leave it out.
   */
  screenshot?(name: string, why: 'step' | 'failure'): Promise<string | null>;
  /** Called after each scenario: end processes, free what the scenario held. */
  stop(): Promise<void>;
  /** Called once at the end of the run. */
  close(): Promise<void>;
}
