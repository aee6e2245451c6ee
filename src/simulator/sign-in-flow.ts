import { withSavedOption } from './conversation';
import { clientMessages, defaultTrustedDomains } from './client-messages';
import type { ClientState, ShownMessage } from './client-state';
import type { NetFailure, NetResponse } from './network-messages';
import { exchangeHost, onExchange } from './exchange-connection';
import { andThen, moved, result, stay, type StepResult } from './step-result';
import { serversToTry } from './administration';
import { idcrlProxyField, passwordSavingAllowed, signsInWithWindowsCredentials, uploadsFailureLogs } from './policy-effects';
import { presenceAfterSignIn } from './presence/presence-actions';
import { httpFallback, sendRegistration } from './transport-fallback';
import { addressBookAfterSignIn } from './address-book';
import { outlookAfterSignIn } from './outlook-integration';

export const retryTimer = 'sign-in retry';

export const domainOf = (address: string): string => address.slice(address.indexOf('@') + 1).toLowerCase();

const savedFor = (s: ClientState) => (s.saved && s.saved.address === s.address ? s.saved : null);

/** FS-05: the user name Lync presents to the identity provider: typed in the User name box, saved, or the address. */
export const userNameOf = (s: ClientState): string => s.userName ?? savedFor(s)?.userName ?? s.address;

/** Saved credentials that let the client sign in with no typing: a password or a certificate. */
export const hasSavedCredentials = (s: ClientState): boolean => {
  const saved = savedFor(s);
  return saved !== null && (saved.password !== null || saved.certificate !== null);
};

/**
 * What lets Lync sign in with nothing typed: saved credentials, or (AS-11) the Windows credentials of the domain account.
 * `afterSignIn`: the Windows credentials count only for an address Lync has signed in with before (automatic sign-in).
 */
export const signsInUntyped = (s: ClientState, afterSignIn: boolean): boolean =>
  hasSavedCredentials(s) || (signsInWithWindowsCredentials(s) && (!afterSignIn || savedFor(s) !== null));

/** Starts (or restarts) a sign-in: first find the server for the sign-in address's domain (FS-09). */
export function beginAttempt(state: ClientState, automatic: boolean, server = 0): StepResult {
  const requestId = state.nextRequestId;
  const host = serversToTry(state.admin.connection, domainOf(state.address))[server] ?? `lyncdiscover.${domainOf(state.address)}`;
  const next: ClientState = {
    ...state,
    nextRequestId: requestId + 1,
    message: automatic ? state.message : null,
    dialog: null,
    attempt: { stage: 'discover', requestId, automatic, usedSavedCredentials: false, pool: null, server },
  };
  return result(next, { type: 'timer.clear', name: retryTimer }, { type: 'net.request', requestId, request: { kind: 'discover', host } });
}

const isTrusted = (state: ClientState, fqdn: string): boolean => {
  const host = fqdn.toLowerCase();
  const under = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  return under(domainOf(state.address)) || defaultTrustedDomains.some(under) || (state.settings?.trustedServers ?? []).includes(host);
};

/** After discovery (and trust): register with a saved certificate, or authenticate with a password. */
export function continueWithCredentials(state: ClientState, pool: string): StepResult {
  const attempt = state.attempt;
  if (attempt === null) return stay(state);
  const requestId = state.nextRequestId;
  const saved = savedFor(state);
  const certificate = state.certificate ?? saved?.certificate ?? null;
  const base = { ...state, nextRequestId: requestId + 1 };
  if (certificate !== null) {
    const host = saved?.endpoint ?? pool;
    return sendRegistration(
      state,
      pool,
      { kind: 'register', host, address: state.address, token: null, certificate, clientVersion: state.config.version },
      state.certificate === null,
    );
  }
  const password = state.password ?? saved?.password ?? null;
  const windowsCredentials = password === null;
  if (windowsCredentials && !signsInWithWindowsCredentials(state)) return fail(state, null, true);
  return result(
    {
      ...base,
      attempt: { ...attempt, stage: 'authenticate', requestId, pool, usedSavedCredentials: state.password === null, windowsCredentials },
    },
    {
      type: 'net.request',
      requestId,
      request: {
        kind: 'authenticate',
        host: 'login.microsoftonline.com',
        userName: userNameOf(state),
        password,
        ...idcrlProxyField(state),
      },
    },
  );
}

/** Handles the network's answer to the current attempt's request. */
export function onResponse(state: ClientState, requestId: number, response: NetResponse): StepResult {
  if (requestId === state.exchange.requestId) return onExchange(state, response);
  const attempt = state.attempt;
  if (attempt === null || attempt.requestId !== requestId) return stay(state);
  if (!response.ok) {
    // A name with no record (or a manual server not answering) is not a failed sign-in while another is left to try.
    const next = nextServer(state, response.failure);
    if (next !== null && next.state.attempt !== null) return next;
    return withFailureLog(state, response.failure, next ?? httpFallback(state, response.failure) ?? onFailure(state, response.failure));
  }
  switch (response.kind) {
    case 'discovered':
      if (isTrusted(state, response.webServices)) return continueWithCredentials(state, response.pool);
      return stay({
        ...state,
        attempt: { ...attempt, stage: 'trust', pool: response.pool },
        dialog: { kind: 'trustServer', fqdn: response.webServices.toLowerCase(), alwaysTrust: false },
      });
    case 'authenticated':
      return sendRegistration({ ...state, certificate: response.certificate }, attempt.pool, {
        kind: 'register',
        host: attempt.pool ?? '',
        address: state.address,
        token: response.token,
        certificate: null,
        clientVersion: state.config.version,
      });
    case 'registered':
      return signedIn(
        withSavedOption(
          { ...state, signedInFromIntranet: response.remoteUser === undefined ? null : !response.remoteUser },
          response.saveConversations,
        ),
        response.sessionId,
        response.endpoint,
        response.addressBook,
      );
    case 'unregistered':
    case 'exchangeConnected':
    case 'published':
    case 'addressBook':
    case 'contactsChanged':
    case 'messageSent':
    case 'conversationSaved':
      return stay(state);
  }
}

function signedIn(state: ClientState, sessionId: string, endpoint: string, addressBook: string): StepResult {
  const saved = savedFor(state);
  // A saved password ticks Save my password when it is read, and the box shows only beside a typed password.
  const keep = passwordSavingAllowed(state) && state.savePassword;
  const password = state.password ?? saved?.password ?? null;
  const entry = {
    address: state.address,
    userName: userNameOf(state),
    password: keep ? password : null,
    certificate: keep ? (state.certificate ?? saved?.certificate ?? null) : null,
    endpoint,
  };
  const exchangeId = state.nextRequestId;
  const next = moved(
    {
      ...state,
      session: { id: sessionId, endpoint },
      attempt: null,
      message: null,
      dialog: null,
      saved: entry,
      exchange: { requestId: exchangeId, prompts: 0 },
      nextRequestId: exchangeId + 1,
    },
    state.phase === 'reconnecting' ? 'connection restored' : 'sign-in completes',
  );
  return addressBookAfterSignIn(
    outlookAfterSignIn(
      presenceAfterSignIn(
        result(
          next,
          { type: 'credentials.write', entry },
          { type: 'settings.write', patch: { signInAddress: state.address, signedOutByUser: false } },
          {
            type: 'net.request',
            requestId: exchangeId,
            request: { kind: 'exchange', host: exchangeHost, address: state.address, password },
          },
        ),
      ),
    ),
    addressBook,
  );
}

const retrying = (state: ClientState, text: string): StepResult => {
  const { assumptions } = state.config;
  if (!assumptions.signInAutoRetry) return fail(state, { text, title: null }, false);
  const message = state.phase === 'reconnecting' ? state.message : { text, title: null };
  return result({ ...state, message }, { type: 'timer.set', name: retryTimer, ms: assumptions.signInRetrySeconds * 1000 });
};

/** FS-14: the client's own log (when logging is on) and, when the attempt ends, the automatic upload. */
function withFailureLog(before: ClientState, failure: NetFailure, after: StepResult): StepResult {
  const log = before.admin.tracing ? [{ type: 'log.write' as const, line: `sign-in failed for ${before.address}: ${failure}` }] : [];
  // The attempt ends when the failure signs Lync out (fail); a retry or a credential dialog keeps it going.
  const ended = after.state.attempt === null;
  const upload = ended && uploadsFailureLogs(before) ? [{ type: 'log.upload' as const, address: before.address, failure }] : [];
  return andThen(after, ...log, ...upload);
}

/**
 * FS-09 / FS-10: a name with no DNS record gives way to the next one to try; in manual configuration a server that
 * does not answer does too. When none is left, automatic configuration found no server for the domain (TE-02), and
 * manual configuration reached none (TE-01).
 */
function nextServer(state: ClientState, failure: NetFailure): StepResult | null {
  const attempt = state.attempt;
  if (attempt?.stage !== 'discover') return null;
  const manual = state.admin.connection.mode === 'manual';
  if (failure !== 'no such record' && !(manual && failure === 'not responding')) return null;
  const next = (attempt.server ?? 0) + 1;
  if (next < serversToTry(state.admin.connection, domainOf(state.address)).length) {
    // The same attempt goes on: what is on screen stays as the attempt's start left it.
    const r = beginAttempt(state, attempt.automatic, next);
    return { ...r, state: { ...r.state, message: state.message } };
  }
  return manual ? fail(state, { text: clientMessages.serverUnavailable, title: null }, false) : null;
}

/**
 * DC-10: the registration that got no answer went to the front end saved from the last sign-in, with the saved
 * certificate; one with a fresh sign-in token goes to the pool just discovered, even when that is the same server.
 */
function toSavedEndpoint(state: ClientState): boolean {
  const r = state.attempt?.registration;
  return r !== undefined && r.token === null && r.host === savedFor(state)?.endpoint;
}

function onFailure(state: ClientState, failure: NetFailure): StepResult {
  const m = clientMessages;
  const plain = (text: string): ShownMessage => ({ text, title: null });
  switch (failure) {
    case 'offline':
      return retrying(state, state.config.assumptions.networkDelayMessage);
    case 'identity provider unreachable':
      return retrying(state, m.identityUnreachable);
    case 'certificate chain not trusted':
      return retrying(state, m.certificateRetry);
    case 'no such record':
      return fail(state, plain(m.noServerForDomain(domainOf(state.address))), false);
    case 'not responding':
      return fail(state, plain(toSavedEndpoint(state) ? state.config.assumptions.staleEndpointMessage : m.serverUnavailable), false);
    // TE-13, KB 2630976: a rich client cannot tell the user the password has expired; it asks again, as for a wrong one.
    case 'bad credentials':
    case 'password expired':
      return badCredentials(state);
    case 'clock skew':
      return fail(state, { text: m.clockWrong, title: m.clockTitle }, false);
    case 'sign-in address not found':
      return fail(state, plain(m.addressNotFound), false);
    case 'client version not supported':
      return fail(state, plain(m.incompatibleVersion), false);
    case 'certificate rejected':
      return fail(state, plain(m.personalCertificate), false);
    case 'certificate stale after outage':
      return fail(state, plain(m.certificateAfterOutage), false);
    case 'exchange needs credentials':
    case 'mailbox full':
      return stay(state);
  }
}

/** FS-13 / TE-07 / DC-07: a typed password brings the dialog and/or the message; a stale saved one shows no password box. */
function badCredentials(state: ClientState): StepResult {
  const text = clientMessages.badCredentials;
  if (state.attempt?.windowsCredentials) {
    const withMessage = state.config.assumptions.windowsCredentialsTurnedDown === 'password box and message';
    return fail(state, withMessage ? { text, title: null } : null, true);
  }
  if (state.attempt?.usedSavedCredentials) return fail(state, { text, title: null }, false);
  // The refused password or certificate is not tried again, nor its saved copy (a saved certificate here is the one
  // refused): what the user types next signs in afresh, and a success saves the new credentials.
  const outcome = state.config.assumptions.wrongPasswordOutcome;
  if (outcome === 'message') return fail({ ...state, password: null, saved: null }, { text, title: null }, true);
  return stay({
    ...state,
    password: null,
    certificate: null,
    saved: null,
    message: outcome === 'both' ? { text, title: null } : null,
    mainWindow: 'shown',
    dialog: { kind: 'credentials', password: null, purpose: 'sign-in', userName: userNameOf(state) },
  });
}

/**
 * The attempt ends: back to the sign-in screen, shown, with the message. The password box shows unless saved
 * credentials can sign in with no typing (DC-07: a stale saved password shows none), whatever screen was up before:
 * a reconnection that fails for someone who did not save the password needs the box as much as a first sign-in does.
 */
export function fail(state: ClientState, message: ShownMessage | null, showPasswordBox: boolean): StepResult {
  const next = moved(
    {
      ...state,
      attempt: null,
      session: null,
      certificate: null,
      message,
      mainWindow: 'shown',
      passwordBox: showPasswordBox || !hasSavedCredentials(state),
    },
    'sign-in fails',
  );
  return result(next, { type: 'timer.clear', name: retryTimer });
}
