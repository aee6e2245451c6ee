/** FS-10 / AS-07: the Advanced Connection Settings the user keeps in HKCU\Software\Microsoft\Office\15.0\Lync. */
export interface ConnectionSettings {
  readonly mode: 'automatic' | 'manual';
  /** "Internal server name" and "External server name", e.g. sipdir.online.lync.com:443 (S17). */
  readonly internalServer: string;
  readonly externalServer: string;
}

export const automaticConnection: ConnectionSettings = { mode: 'automatic', internalServer: '', externalServer: '' };

/**
 * FS-09: the names automatic configuration looks up for the sign-in address's domain, in order. Autodiscover first,
 * the internal name before the external one (S16), then the SIP records Lync Online also publishes (S14): the
 * _sip._tls SRV record and the sip CNAME. The federation SRV record (_sipfederationtls._tcp) is not one of them: it
 * serves federation, not sign-in (S14).
 */
export const discoveryNames = (domain: string): string[] => [
  `lyncdiscoverinternal.${domain}`,
  `lyncdiscover.${domain}`,
  `_sip._tls.${domain}`,
  `sip.${domain}`,
];

/**
 * The servers a sign-in tries, in order. Automatic: discovery from the sign-in address's domain; the
 * server boxes are ignored (FS-10). Manual: the internal name first, then the external one; an empty box is skipped.
 * The names come trimmed: the Advanced Connection Settings dialog keeps a typed name without spaces around it.
 */
export function serversToTry(connection: ConnectionSettings, domain: string): string[] {
  if (connection.mode === 'automatic') return discoveryNames(domain);
  const names = [connection.internalServer, connection.externalServer].filter((n) => n !== '');
  return [...new Set(names)];
}
