/**
 * Which failures the world produces by design: a step of a normal sign-in that only looks like an error. The timeline
 * records such an event with the reason (TimelineEntry.expected) instead of marking it failing, so that the timeline,
 * the swimlane and the reports mark with ✖ only what goes wrong. This is the one place that decides it.
 */

/**
 * Lync Online publishes no `lyncdiscoverinternal` record (S14 lists the records a domain needs; the internal name
 * serves an on-premises deployment inside the organization's network, S16). Automatic configuration asks for it
 * first wherever the computer is, misses, and moves on to `lyncdiscover` (FS-09).
 */
const internalAutodiscover = /^lyncdiscoverinternal\./i;

/** Why a DNS name that is not found is an expected step, or undefined when the miss is a failure. */
export function expectedMiss(name: string): string | undefined {
  return internalAutodiscover.test(name)
    ? 'expected: Lync Online publishes no internal Autodiscover name, so Lync moves on to lyncdiscover'
    : undefined;
}
