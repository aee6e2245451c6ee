/**
 * AS-08..AS-11, FS-14, FS-16: the Lync policies an administrator sets with Group Policy. Windows writes Computer
 * Configuration into HKLM\SOFTWARE\Policies\Microsoft\Office\15.0\Lync and User Configuration into
 * HKCU\SOFTWARE\Policies\Microsoft\Office\15.0\Lync; a value that is absent is "Not configured".
 */
export interface LyncPolicyValues {
  /** "Allow storage of user passwords" (SavePassword): true = Enabled, false = Disabled. */
  readonly savePassword?: boolean;
  /** "Prevent users from running Microsoft Lync" (PreventRun). */
  readonly preventRun?: boolean;
  /** "Require logon credentials" (DisableNTCredentials). */
  readonly disableNTCredentials?: boolean;
  /** DisableAutomaticSendTracing: no automatic upload of sign-in failure logs (FS-14). */
  readonly disableAutomaticSendTracing?: boolean;
  /** DisableHttpConnect: no HTTP fallback when SIP over TLS cannot connect (FS-16). */
  readonly disableHttpConnect?: boolean;
  /**
   * GalDownloadInitialDelay: on Lync Server, the longest random wait before the address book download. Lync Online
   * downloads no address book, so it changes nothing there (FS-15, catalog §9 D14).
   */
  readonly galDownloadInitialDelay?: number;
  /**
   * HttpProxyControlFlags (KB 3123662), a DWORD: which proxies Lync lets the Sign-In Assistant (IDCRL) use to reach
   * the identity provider. Bit 0x1 set: not the named proxy of Internet Explorer; bit 0x2 set: not the proxy Lync uses
   * for SIP over HTTPS.
   */
  readonly httpProxyControlFlags?: number;
}

export type LyncPolicyName = keyof LyncPolicyValues;

/** Both policy keys as the client reads them at start. */
export interface PolicyKeys {
  readonly machine: LyncPolicyValues;
  readonly user: LyncPolicyValues;
}

export const noPolicies: PolicyKeys = { machine: {}, user: {} };

/** The policy names as Group Policy shows them (the registry value names are in LyncPolicyValues). */
export const policyTitles: Readonly<Record<LyncPolicyName, { readonly title: string }>> = {
  savePassword: { title: 'Allow storage of user passwords' },
  preventRun: { title: 'Prevent users from running Microsoft Lync' },
  disableNTCredentials: { title: 'Require logon credentials' },
  disableAutomaticSendTracing: { title: 'Disable automatic upload of sign-in failure logs' },
  disableHttpConnect: { title: 'Disable HTTP fallback for SIP connection' },
  galDownloadInitialDelay: { title: 'Global Address Book Download Initial Delay' },
  httpProxyControlFlags: { title: 'HttpProxyControlFlags' },
};

/**
 * AS-09: the order of precedence below in-band provisioning. The HKLM policy wins over the HKCU policy; the
 * HKCU policy wins over what the user chose. Undefined when neither key sets the value (Not configured).
 */
export function effectivePolicy<K extends LyncPolicyName>(keys: PolicyKeys, name: K): LyncPolicyValues[K] {
  const machine = keys.machine[name];
  return machine !== undefined ? machine : keys.user[name];
}
