import type { Assumptions } from '../simulator';
import type { Stage } from './stage';

/**
 * A scenario tagged @assumption:<name> that needs the alternative of an Unknown behaviour (src/simulator/assumptions.ts)
 * sets it before Lync starts; the drivers hand the world's assumptions to each Lync they start. Not a task in the
 * world (nothing a person or a fault does), so not under tasks/: it picks the reading of the sources a scenario checks,
 * as run-settings.ts picks the driver; exploration keeps the default readings.
 */
export function assume<K extends keyof Assumptions>(w: Stage, name: K, value: Assumptions[K]): void {
  w.fake.assumptions = { ...w.fake.assumptions, [name]: value };
  w.fake.timeline.record(`the scenario assumes ${name} = ${JSON.stringify(value)}`);
}
