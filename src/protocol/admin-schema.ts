import type { AdminSettings, ConnectionSettings, LyncPolicyValues } from '../simulator';
import type { Same } from './same-type';
import { boolean, integer, nullable, object, oneOf, string, type Infer } from './schema';

/** One policy key; an absent value is "Not configured" (AS-08..AS-11, FS-14, FS-16). */
export const lyncPolicyValues = object(
  {},
  {
    savePassword: boolean(),
    preventRun: boolean(),
    disableNTCredentials: boolean(),
    disableAutomaticSendTracing: boolean(),
    disableHttpConnect: boolean(),
    galDownloadInitialDelay: integer(0),
    httpProxyControlFlags: integer(0),
  },
);

/** Advanced Connection Settings (FS-10, AS-07). */
export const connectionSettings = object({
  mode: oneOf<ConnectionSettings['mode']>('automatic', 'manual'),
  internalServer: string(),
  externalServer: string(),
});

/** HKLM and HKCU policy keys, the connection settings and whether logging is on: read once at start. */
export const adminSettings = object({
  policies: object({ machine: lyncPolicyValues, user: lyncPolicyValues }),
  connection: connectionSettings,
  tracing: boolean(),
  domainAccount: nullable(string()),
});

export const adminSchemasMatch: [
  Same<Infer<typeof lyncPolicyValues>, LyncPolicyValues>,
  Same<Infer<typeof connectionSettings>, ConnectionSettings>,
  Same<Infer<typeof adminSettings>, AdminSettings>,
] = [true, true, true];
