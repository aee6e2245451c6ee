import type { ClientEvent, NetFailure } from '../src/simulator';
import { asIf, rewriting } from './mutant';

const failureOf = (event: ClientEvent): NetFailure | null =>
  event.type === 'net.response' && !event.response.ok ? event.response.failure : null;

/** Treat one failure as if the network had answered another. */
const misread = (name: string, breaks: string, from: NetFailure, to: NetFailure) =>
  rewriting(name, breaks, (before, event, after) =>
    event.type === 'net.response' && failureOf(event) === from ? asIf(before, { ...event, response: { ok: false, failure: to } }) : after,
  );

/** Mutants of the documented sign-in errors and of reconnecting (TE-, NR-, DC-, FS-). */
export const troubleshootingMutants = [
  misread(
    'missing-sign-in-assistant-retried',
    'TE-06/D6: a Sign-In Assistant that cannot carry the sign-in (missing, stopped) is taken for an unreachable identity provider, so Lync retries instead of saying the address was not found',
    'sign-in address not found',
    'identity provider unreachable',
  ),
  misread(
    'refused-certificate-as-wrong-password',
    'TE-05/S10: a personal certificate the service does not issue (an out-of-date Sign-In Assistant, a broken key store) is taken for a wrong password',
    'certificate rejected',
    'bad credentials',
  ),
  misread('clock-skew-ignored', 'TE-04: a wrong computer clock is reported as a wrong password', 'clock skew', 'bad credentials'),
  misread(
    'expired-password-not-asked-again',
    'TE-13 (KB 2630976): an expired password ends the sign-in with a message instead of asking for the password again',
    'password expired',
    'sign-in address not found',
  ),
  misread(
    'dns-message-when-service-down',
    'TE-01/TE-02: the DNS message is shown when the servers merely do not answer',
    'not responding',
    'no such record',
  ),
  misread(
    'no-retry-when-identity-provider-down',
    'TE-08/NR-05: an unreachable identity provider ends the sign-in instead of retrying',
    'identity provider unreachable',
    'not responding',
  ),
  misread(
    'plain-certificate-message-after-outage',
    'TE-09/NR-08: after an outage the retrying certificate message is shown',
    'certificate stale after outage',
    'certificate chain not trusted',
  ),
  rewriting(
    'no-recovery-when-network-returns',
    'NR-01/NR-03: Lync does not try again when the network comes back or the retry timer fires',
    (before, event, after) =>
      (event.type === 'os.networkChanged' && event.online) || event.type === 'timer.fired' ? { state: before, effects: [] } : after,
  ),
  rewriting('connection-loss-signs-out', 'NR-03/NR-11: losing the connection while signed in signs the user out', (before, event, after) =>
    (event.type === 'os.networkChanged' && !event.online) || event.type === 'service.connectionLost'
      ? asIf(before, { type: 'user.menu', window: 'main', path: ['File', 'Sign Out'] })
      : after,
  ),
  rewriting(
    'delete-leaves-certificate',
    'TE-05/DC-03: Delete my sign-in info leaves the cached certificate behind',
    (before, _event, after) => ({
      state: after.state,
      effects: after.effects.flatMap((e) =>
        e.type === 'credentials.delete' && before.saved?.certificate
          ? [{ type: 'credentials.write' as const, entry: { ...before.saved, password: null, endpoint: null } }]
          : [e],
      ),
    }),
  ),
  rewriting(
    'user-name-box-ignored',
    'FS-05/TE-07: Lync presents the sign-in address to the identity provider whatever the User name box says',
    (_before, _event, after) => ({
      state: after.state,
      effects: after.effects.map((e) =>
        e.type === 'net.request' && e.request.kind === 'authenticate'
          ? { ...e, request: { ...e.request, userName: after.state.address } }
          : e,
      ),
    }),
  ),
  rewriting('always-trust-forgotten', 'FS-08/TE-10: "Always trust this server" is not remembered', (_before, _event, after) => ({
    state: after.state.settings ? { ...after.state, settings: { ...after.state.settings, trustedServers: [] } } : after.state,
    effects: after.effects.filter((e) => !(e.type === 'settings.write' && e.patch.trustedServers !== undefined)),
  })),
  rewriting(
    'exchange-prompts-forever',
    'FS-06/TE-22: the calendar connection asks for credentials without end',
    (_before, _event, after) => ({
      state: { ...after.state, exchange: { ...after.state.exchange, prompts: 0 } },
      effects: after.effects,
    }),
  ),
  rewriting(
    'stale-password-without-delete',
    'DC-07: the password box appears with stale saved credentials, before Delete',
    (_before, event, after) =>
      event.type === 'net.response' && failureOf(event) === 'bad credentials' && after.state.phase === 'signedOut'
        ? { ...after, state: { ...after.state, passwordBox: true } }
        : after,
  ),
];
