import type { ClientSettings, LoadedSettings } from '../simulator';
import type { Same } from './same-type';
import { array, boolean, integer, nullable, object, secret, string, type Infer } from './schema';

/** The Windows user's Lync settings, and whether Lync is in their Run entries at logon. */
export const loadedSettings = object(
  {
    signInAddress: string(),
    showInForeground: boolean(),
    trustedServers: array(string()),
    signedOutByUser: boolean(),
    runAtLogon: boolean(),
  },
  { inactiveMinutes: integer(1), awayMinutes: integer(1), minimizeToNotificationArea: boolean(), reopenConversations: boolean() },
);

/** Only the settings to change. */
export const settingsPatch = object(
  {},
  {
    signInAddress: string(),
    showInForeground: boolean(),
    trustedServers: array(string()),
    signedOutByUser: boolean(),
    inactiveMinutes: integer(1),
    awayMinutes: integer(1),
    minimizeToNotificationArea: boolean(),
    reopenConversations: boolean(),
  },
);

/** One credential-cache entry; `password` and `certificate` are secrets, in clear on the wire. */
export const wireCredentialEntry = object({
  address: string(),
  userName: string(),
  password: nullable(secret()),
  certificate: nullable(secret()),
  endpoint: nullable(string()),
});
export type WireCredentialEntry = Infer<typeof wireCredentialEntry>;

export const settingsSchemasMatch: [
  Same<Infer<typeof loadedSettings>, LoadedSettings>,
  Same<Infer<typeof settingsPatch>, Partial<ClientSettings>>,
] = [true, true];
