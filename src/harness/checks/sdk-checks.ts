import type { Stage } from '../stage';
import { same } from './mismatch';

const app = (w: Stage, name: string, computer: string) => w.fake.sdk.of(computer, w.fake.person(name).windowsUser);

/** SO-12: the state the SDK application observes now (ground truth in the fake world). */
export function sdkSees(w: Stage, name: string, computer: string, state: string): void {
  same(`the Lync SDK application of ${name} on ${computer} sees the client`, app(w, name, computer).state ?? 'no state at all', state);
}

/** FS-12 / SO-12: every state the SDK application observed, in order. */
export function sdkSaw(w: Stage, name: string, computer: string, states: string): void {
  same(
    `the states the Lync SDK application of ${name} on ${computer} saw`,
    app(w, name, computer)
      .observed.map((o) => o.state)
      .join(', '),
    states,
  );
}
