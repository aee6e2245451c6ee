import { automaticConnection, type ConnectionSettings } from './connection-settings';
import { noPolicies, type PolicyKeys } from './lync-policies';

/** What the client reads at start besides its own settings: the policy keys, the connection settings, logging. */
export interface AdminSettings {
  readonly policies: PolicyKeys;
  readonly connection: ConnectionSettings;
  /** "Turn on logging in Lync" (EnableTracing): the client writes its own log files under Tracing. */
  readonly tracing: boolean;
  /**
   * AS-11: the domain account (its user principal name) the Windows user is logged on with on a computer joined to a
   * domain, or null for a local account. Lync may sign in with its Windows credentials unless "Require logon credentials"
   * is set.
   */
  readonly domainAccount: string | null;
}

export const defaultAdminSettings: AdminSettings = {
  policies: noPolicies,
  connection: automaticConnection,
  tracing: false,
  domainAccount: null,
};
