import type { FakeWorld } from '../fake-world';
import type { FaultSwitch } from './fault-switch';

function sipTls(w: FakeWorld, blocked: boolean): void {
  if (blocked) w.network.sipTlsBlockedOn.add('organization');
  else w.network.sipTlsBlockedOn.delete('organization');
  w.timeline.record(
    blocked
      ? "the organization's firewall drops SIP over TLS and lets HTTP through"
      : "the organization's firewall lets SIP over TLS through",
  );
}

/** FS-16: faults of the transports the SIP connection can use. */
export const transportFaults: readonly FaultSwitch[] = [
  {
    id: 'sip-tls-blocked',
    place: 'network',
    title: "the organization's firewall blocks SIP over TLS but allows HTTP",
    catalog: ['FS-16'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: "the organization's firewall blocks SIP over TLS and allows HTTP", on: true },
      { keyword: 'When', expression: "the organization's firewall is opened for SIP over TLS", on: false },
    ],
    turnOn: (w) => sipTls(w, true),
    turnOff: (w) => sipTls(w, false),
  },
];
