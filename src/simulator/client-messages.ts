/** The texts the client shows. Error messages are quoted exactly as the catalog gives them (facts, not prose). */
export const clientMessages = {
  serverUnavailable:
    "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team.",
  noServerForDomain: (domain: string): string =>
    `Lync couldn't find a Lync Server for ${domain}. There might be an issue with the Domain Name System (DNS) configuration for your domain.`,
  incompatibleVersion:
    'You may have entered your sign-in address, user name, or password incorrectly, or the authentication service may be incompatible with this version of the program.',
  clockTitle: "Can't sign in to Lync",
  clockWrong:
    'Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel.',
  personalCertificate:
    'There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team.',
  addressNotFound:
    'Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team.',
  badCredentials: 'The username, password or domain appears to be incorrect.',
  identityUnreachable: 'The server is not responding or cannot be reached. Sign-in may be delayed while we retry the connection.',
  certificateRetry: 'There was a problem verifying the certificate from the server. Sign-in may be delayed while we retry the connection.',
  certificateAfterOutage: 'Cannot sign into Lync. There was a problem verifying the certificate from the server.',
  trustPrompt: (fqdn: string): string =>
    `Lync is attempting to connect to: ${fqdn} Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?`,
  confirmDelete: 'Are you sure you want to delete your sign-in info from this computer?',
  signingIn: 'Signing in...',
  credentialPrompt: (address: string): string => `Enter the password for ${address}`,
  exchangePrompt: 'Lync needs your password to connect to Exchange for your calendar and conversation history.',
  connectionLost: 'Lync lost the connection to the server and is trying to reconnect.',
  /** FS-15: a search when the Address Book Web Query service cannot be reached (KB 2435699, quoted exactly). */
  addressBookUnreachable:
    'Cannot synchronize with the corporate address book. This may be because the proxy server setting in your web browser does not allow access to the address book. If the problem persists, contact your system administrator.',
  /** Our own wording (no catalog text): the messageToOffline assumption's "sender is told". */
  notDelivered: (to: string): string => `This message wasn't delivered to ${to} because they're offline.`,
  /**
   * An instant message to someone of another organization that federation refused. Quoted from
   * cannot-communicate-with-external-contacts.md, where the placeholder address runs into "because"
   * ("joe@contoso-federated.combecause"): the space is restored here.
   */
  notFederated: (to: string): string =>
    `This message was not delivered to ${to} because the address is outside your organization and is not federated with your company, or the address is incorrect. Please contact your support team with this information.`,
} as const;

/** Microsoft's default trusted domains when no Trusted Domain List policy is set (FS-08). */
export const defaultTrustedDomains: readonly string[] = ['lync.com', 'outlook.com', 'lync.glbdns.microsoft.com', 'microsoftonline.com'];
