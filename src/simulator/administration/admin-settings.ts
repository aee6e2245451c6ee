import { automaticConnection, type ConnectionSettings } from './connection-settings';
import { noPolicies, type PolicyKeys } from './lync-policies';

/** What the client reads at start besides its own settings: the policy keys, the connection settings, logging. */
export interface AdminSettings {
  readonly policies: PolicyKeys;
  readonly connection: ConnectionSettings;
  /** "Turn on logging in Lync" (EnableTracing): the client writes its own log files under Tracing. */
  readonly tracing: boolean;
}

export const defaultAdminSettings: AdminSettings = { policies: noPolicies, connection: automaticConnection, tracing: false };
