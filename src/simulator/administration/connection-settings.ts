/** FS-10 / AS-07: the Advanced Connection Settings the user keeps in HKCU\Software\Microsoft\Office\15.0\Lync. */
export interface ConnectionSettings {
  readonly mode: 'automatic' | 'manual';
  /** "Internal server name" and "External server name", e.g. sipdir.online.lync.com:443 (S17). */
  readonly internalServer: string;
  readonly externalServer: string;
}

export const automaticConnection: ConnectionSettings = { mode: 'automatic', internalServer: '', externalServer: '' };

/**
 * The servers a sign-in tries, in order. Automatic: discovery from the sign-in address's domain; the
 * server boxes are ignored (FS-10). Manual: the internal name first, then the external one.
 */
export function serversToTry(connection: ConnectionSettings, domain: string): string[] {
  if (connection.mode === 'automatic') return [`lyncdiscover.${domain}`];
  const names = [connection.internalServer, connection.externalServer].map((n) => n.trim()).filter((n) => n !== '');
  return [...new Set(names)];
}
