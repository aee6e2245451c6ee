import type { SourceRef } from './symptom-types';

/** The articles messages are quoted from, by the catalog's source IDs (behaviour-catalog.md, section 1 "Sources"). */
export const sources: Readonly<Record<string, SourceRef>> = Object.fromEntries(
  (
    [
      [
        'S1',
        'Sign in to and sign out of Lync',
        'http://office.microsoft.com/en-us/office365-lync-online-help/sign-in-to-and-sign-out-of-lync-HA103576587.aspx',
      ],
      [
        'S6',
        'Troubleshooting Lync Online sign-in errors (end-user; Czech copy)',
        'https://support.microsoft.com/cs-cz/office/%C5%99e%C5%A1en%C3%AD-chyb-p%C5%99ihl%C3%A1%C5%A1en%C3%AD-k-lyncu-online-ee79d4f4-dad2-4ddb-9a1f-1b886cabd4c1',
      ],
      [
        'S7',
        'KB 2541980 How to troubleshoot sign-in issues in Skype for Business Online (formerly Lync Online)',
        'https://support.microsoft.com/en-us/help/2541980',
      ],
      [
        'S8',
        'Troubleshooting Skype for Business Online sign-in errors for administrators',
        'https://docs.microsoft.com/en-us/SkypeForBusiness/set-up-skype-for-business-online/troubleshooting-sign-in-errors-for-admins',
      ],
      [
        'S10',
        "KB 2604176 You can't sign in to Skype for Business Online because the certificate can't be acquired or validated",
        'https://support.microsoft.com/help/2604176',
      ],
      ['S9', 'Troubleshoot issues for Office 365 admins, Lync section', ''],
      [
        'S11',
        'How to troubleshoot being unable to sign in to Skype for Business',
        'https://github.com/MicrosoftDocs/SupportArticles-docs/blob/main/SkypeForBusiness/SkypeServer/server-sign-in/unable-to-sign-in-to-sfb.md',
      ],
      [
        'S12',
        'KB 2705378 "Cannot sign in to Lync because this sign-in address was not found"',
        'https://support.microsoft.com/help/2705378',
      ],
      [
        'S13',
        'KB 2581291 Skype for Business Online sign-in error if settings such as the computer time, date, user name, or password are incorrect',
        'https://support.microsoft.com/help/2581291',
      ],
      [
        'S14',
        'KB 2566790 Troubleshooting Skype for Business Online DNS configuration issues in Office 365',
        'https://support.microsoft.com/help/2566790',
      ],
      [
        'KB2435699',
        "KB 2435699 Contacts in Skype for Business Online appear to be offline or aren't searchable",
        'https://github.com/MicrosoftDocs/SupportArticles-docs/blob/main/SkypeForBusiness/SkypeOnline/online-contacts/contacts-offline-not-searchable.md',
      ],
      [
        'S15',
        "KB 2769142 Lync 2013 or Lync 2010 can't connect to the Skype for Business Online service because a proxy is blocking connections from MSOIDSVC.exe",
        'https://support.microsoft.com/help/2769142',
      ],
      [
        'S16',
        'KB 2833618 "Lync can\'t verify that the server is trusted for your sign-in address" message during client sign-in',
        'https://support.microsoft.com/help/2833618',
      ],
      [
        'S17',
        'KB 10133 Troubleshoot Skype for Business Online sign-in issues for admins (guided walkthrough)',
        'https://support.microsoft.com/help/10133',
      ],
      [
        'S20',
        'Lync 2013 SDK, How to: Sign a user in to Lync',
        'https://learn.microsoft.com/en-us/lync/desktop/how-to-sign-a-user-in-to-lync',
      ],
      [
        'S21',
        'Lync 2013 SDK, Lync Server sign-in configuration',
        'https://learn.microsoft.com/en-us/lync/desktop/lync-server-sign-in-configuration',
      ],
      [
        'S22',
        'Lync 2013 SDK reference: LyncClient events, SignInDelayed, CredentialRequested',
        'https://learn.microsoft.com/en-us/previous-versions/office/lync-wpf/jj267001(v=office.15)',
      ],
      ['S23', 'Lync 2013 SDK, Lync state affects Lync Controls', 'https://msdn.microsoft.com/EN-US/library/jj933218.aspx'],
      [
        'S24',
        'Configuring client bootstrapping policies in Lync Server 2013',
        'https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-configuring-client-bootstrapping-policies',
      ],
      [
        'S25',
        'Office 2013 ADMX, Lync policy Allow storage of user passwords (SavePassword)',
        'https://admx.help/?Category=Office2013&Language=de-de&Policy=lync15.Office.Microsoft.Policies.Windows%3A%3AL_PolicySavePassword',
      ],
      ['S26', 'Planning for two-factor authentication in Lync Server 2013', ''],
      [
        'S28',
        'Change your password (Lync 2013 for Office 365)',
        'http://office.microsoft.com/en-us/office365-lync-online-help/change-your-password-HA104048069.aspx',
      ],
      ['S29', 'UCCAPI SDK error definitions, UCC_E_TRANSIENT_LOCAL_DISCONNECT = 0x80EE00BD', ''],
      [
        'S31',
        'ucgeek.co, Lync Users Can Login After Domain Account Is Disabled (third-party, Lync Server 2013 on premises)',
        'https://ucgeek.co/2014/04/lync-users-can-login-after-domain-account-disabled/',
      ],
      [
        'S35',
        'getcsinfo.com, Lync 2013 Client Continuously Prompts for Exchange Calendar Data Credentials (third-party)',
        'http://getcsinfo.com/skype-for-business-lync/lync-2013-client-continuously-prompts-for-exchange-calendar-data.html',
      ],
      [
        'KB 10054',
        'Troubleshooting Skype for Business sign-in for users (MicrosoftDocs/SupportArticles-docs, troubleshoot-sign-in-issues-for-users.md)',
        'https://support.microsoft.com/help/10054',
      ],
      [
        'KB 2630976',
        '"Access Denied", or user is repeatedly prompted for credentials when connecting to Office 365',
        'https://support.microsoft.com/help/2630976',
      ],
      [
        'SA-exchange',
        'KB 2787614 Conversation history, contact cards, Free/Busy, and Out of Office information are unavailable when Lync fails to connect to Exchange',
        'https://support.microsoft.com/help/2787614',
      ],
      [
        'KB3123662',
        'KB 3123662 A description of the new HttpProxyControlFlags GPO settings in the registry',
        'https://support.microsoft.com/help/3123662',
      ],
      [
        'KB 2435699',
        "Contacts in Skype for Business Online appear to be offline or aren't searchable (MicrosoftDocs/SupportArticles-docs, contacts-offline-not-searchable.md)",
        'https://support.microsoft.com/help/2435699',
      ],
      [
        'KB 2436962',
        '"There was a problem connecting to Microsoft Office Outlook" when you sign in to Skype for Business Online (MicrosoftDocs/SupportArticles-docs, problem-connecting-to-outlook.md)',
        'https://support.microsoft.com/help/2436962',
      ],
      [
        'SA-external-contacts',
        "Skype for Business Online users can't communicate with external contacts (MicrosoftDocs/SupportArticles-docs, cannot-communicate-with-external-contacts.md)",
        'https://github.com/MicrosoftDocs/SupportArticles-docs/blob/main/SkypeForBusiness/SkypeOnline/online-im-presence/cannot-communicate-with-external-contacts.md',
      ],
      [
        'KB 10041',
        'Set up Skype for Business Online external communications (MicrosoftDocs/SupportArticles-docs, set-up-external-communication.md)',
        'https://support.microsoft.com/help/10041',
      ],
      [
        'KB 2566829',
        "Lync users can't communicate with external contacts who have Microsoft accounts that have a custom (EASI) domain (MicrosoftDocs/SupportArticles-docs, cant-communicate-with-external-contact.md)",
        'https://support.microsoft.com/help/2566829',
      ],
      [
        'KB 2537764',
        'Considerations for Skype for Business Online when you change an Office 365 sign-in address (MicrosoftDocs/SupportArticles-docs, change-office-365-sign-in-address.md)',
        'https://support.microsoft.com/help/2537764',
      ],
      ['signin-sim', "signin-sim's own wording: no source quotes the client's text", ''],
    ] as const
  ).map(([id, title, url]) => [id, { id, title, url }]),
);

export function source(id: string): SourceRef {
  const s = sources[id];
  if (!s) throw new Error(`no source "${id}" in src/symptoms/sources.ts; add it from the catalog's section 1 "Sources"`);
  return s;
}
