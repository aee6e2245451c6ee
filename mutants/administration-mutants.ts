import {
  automaticConnection,
  clientMessages,
  defaultAdminSettings,
  type AdminSettings,
  type ClientEvent,
  type LyncPolicyName,
  type LyncPolicyValues,
  type StepResult,
} from '../src/simulator';
import { referenceParts } from '../src/runtime/reference-client';
import { asIf, rewriting, without } from './mutant';

type Loaded = Extract<ClientEvent, { type: 'settings.loaded' }>;

/** A client that reads the policy keys and connection settings wrongly at start. */
const misreadAdmin = (name: string, breaks: string, change: (admin: AdminSettings) => AdminSettings) =>
  rewriting(name, breaks, (before, event, after) =>
    event.type === 'settings.loaded'
      ? asIf(before, { ...event, admin: change(event.admin ?? defaultAdminSettings) } satisfies Loaded)
      : after,
  );

const withoutPolicy = (key: LyncPolicyValues, name: LyncPolicyName): LyncPolicyValues => {
  const { [name]: _dropped, ...rest } = key;
  return rest;
};
const ignorePolicy = (admin: AdminSettings, name: LyncPolicyName): AdminSettings => ({
  ...admin,
  policies: { machine: withoutPolicy(admin.policies.machine, name), user: withoutPolicy(admin.policies.user, name) },
});

const isConnectionOk = (event: ClientEvent): boolean =>
  event.type === 'user.click' && event.window === 'connectionSettings' && event.control === 'OK';

/** Mutants of the policies (AS-08..AS-11) and of Advanced Connection Settings (FS-10, AS-07). */
export const administrationMutants = [
  misreadAdmin('user-policy-wins', 'AS-09: the HKCU policy wins over the HKLM policy', (a) => ({
    ...a,
    policies: { machine: a.policies.user, user: a.policies.machine },
  })),
  misreadAdmin('user-policy-ignored', 'AS-09: the User Configuration (HKCU policy key) is not read', (a) => ({
    ...a,
    policies: { ...a.policies, user: {} },
  })),
  misreadAdmin('computer-policy-ignored', 'AS-09: the Computer Configuration (HKLM policy key) is not read', (a) => ({
    ...a,
    policies: { ...a.policies, machine: {} },
  })),
  misreadAdmin('save-password-policy-ignored', 'AS-08: "Allow storage of user passwords" has no effect', (a) =>
    ignorePolicy(a, 'savePassword'),
  ),
  misreadAdmin('require-logon-credentials-ignored', 'AS-11: "Require logon credentials" has no effect', (a) =>
    ignorePolicy(a, 'disableNTCredentials'),
  ),
  misreadAdmin('domain-account-unseen', 'AS-11: Lync never signs in with the Windows credentials of a domain account', (a) => ({
    ...a,
    domainAccount: null,
  })),
  misreadAdmin('prevent-run-ignored', 'AS-10: "Prevent users from running Microsoft Lync" has no effect', (a) =>
    ignorePolicy(a, 'preventRun'),
  ),
  rewriting(
    'saved-password-used-despite-policy',
    'AS-08: with password storage disabled, a password saved earlier still signs the user in',
    (before, event, after) =>
      event.type === 'credentials.loaded' ? asIf({ ...before, admin: ignorePolicy(before.admin, 'savePassword') }, event) : after,
  ),
  misreadAdmin('manual-servers-in-automatic-mode', 'FS-10: the server boxes are used although the mode is automatic', (a) => ({
    ...a,
    connection: a.connection.internalServer ? { ...a.connection, mode: 'manual' } : a.connection,
  })),
  rewriting('manual-configuration-ignored', 'FS-10/AS-07: Manual configuration is saved but never used', (_before, _event, after) => ({
    ...after,
    state: { ...after.state, admin: { ...after.state.admin, connection: automaticConnection } },
  })),
  rewriting(
    'external-server-never-tried',
    'FS-10: in manual configuration only the internal server name is tried',
    (_before, _event, after) => ({
      ...after,
      state: { ...after.state, admin: { ...after.state.admin, connection: { ...after.state.admin.connection, externalServer: '' } } },
    }),
  ),
  rewriting(
    'connection-change-signs-out',
    'AS-07: changing the connection settings while signed in ends the session at once',
    (before, event, after): StepResult => {
      if (!isConnectionOk(event) || before.phase !== 'signedIn') return after;
      const out = referenceParts.transition(after.state, { type: 'user.menu', window: 'main', path: ['File', 'Sign Out'] });
      return { state: out.state, effects: [...after.effects, ...out.effects] };
    },
  ),
  rewriting(
    'connection-change-needs-restart',
    'AS-07: a change takes effect only when Lync is restarted, not at the next sign-in',
    (before, event, after) => (isConnectionOk(event) ? { ...after, state: { ...after.state, admin: before.admin } } : after),
  ),
  rewriting(
    'manual-failure-shows-dns-message',
    'FS-10/TE-01: a manual server that cannot be found gives the Autodiscover DNS message',
    (before, _event, after) =>
      before.admin.connection.mode === 'manual' && after.state.message?.text === clientMessages.serverUnavailable
        ? { ...after, state: { ...after.state, message: { text: clientMessages.noServerForDomain('contoso.com'), title: null } } }
        : after,
  ),
  rewriting('no-failure-log-upload', 'FS-14: a failed sign-in of a Lync Online user sends no log', (_b, _e, after) =>
    without(after, (e) => e.type === 'log.upload'),
  ),
  misreadAdmin('failure-log-upload-ignores-policy', 'FS-14: DisableAutomaticSendTracing does not stop the upload', (a) =>
    ignorePolicy(a, 'disableAutomaticSendTracing'),
  ),
  rewriting('no-local-log', 'FS-14: with logging turned on, Lync writes no log file', (_b, _e, after) =>
    without(after, (e) => e.type === 'log.write'),
  ),
];
