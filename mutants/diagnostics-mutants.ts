import type { ClientState } from '../src/simulator';
import { rewriting } from './mutant';

const forgetsIntranet = (s: ClientState): ClientState => ({ ...s, signedInFromIntranet: true });
const ewsAlwaysReady = (s: ClientState): ClientState => ({ ...s, exchange: { ...s.exchange, ready: true } });

/** Mutants of the client's diagnostics (SO-09) and of the intranet flag it keeps (NR-16). */
export const diagnosticsMutants = [
  rewriting('always-inside', 'NR-16: the client says it signed in from the intranet wherever it is', (_b, _e, after) => ({
    ...after,
    state: after.state.session ? forgetsIntranet(after.state) : after.state,
  })),
  rewriting(
    'ews-always-ok',
    'SO-09: Configuration Information reports EWS ready even when the calendar connection failed',
    (_b, _e, after) => ({
      ...after,
      state: ewsAlwaysReady(after.state),
    }),
  ),
  rewriting(
    'configuration-information-never-opens',
    'SO-09: choosing Configuration Information after CTRL + right-click opens no window',
    (before, event, after) =>
      event.type === 'user.iconMenu' && event.ctrl === true && after.state.dialog?.kind === 'configurationInformation'
        ? { ...after, state: { ...after.state, dialog: before.dialog } }
        : after,
  ),
];
