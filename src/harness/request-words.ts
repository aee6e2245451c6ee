import type { Timeline } from '../fakes';

/** When the step that was running at `at` began: the latest "▶ <step>" line of the timeline at or before it. */
export function stepStart(timeline: Timeline, at: number): number {
  let start = 0;
  for (const e of timeline.entries) {
    if (e.at > at) break;
    if (e.text.startsWith('▶ ')) start = e.at;
  }
  return start;
}

/**
 * One request as the network recorded it, timed from the start of the step it was sent in ("discover to
 * lyncdiscover.contoso.com, 94 ms into its step"), so that a step that settles sooner or later elsewhere does not
 * shift every later request.
 */
export const requestWords = (r: { readonly kind: string; readonly host: string; readonly at: number }, timeline: Timeline): string =>
  `${r.kind} to ${r.host}, ${r.at - stepStart(timeline, r.at)} ms into its step`;
