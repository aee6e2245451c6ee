Feature: What Lync shows
  Every window Lync shows on the way in, control by control, and what each dialog's buttons do. The sign-in window
  first asks only for the address; the password box comes after. While Lync signs in it says so, and the icon in the
  notification area says where Lync is. A dialog answered with Cancel or closed with its X changes nothing.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @section:first-sign-in @FS-03 @FS-04 @SO-08
  Scenario: The sign-in window asks for the address first, then for the password
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    And the "main" window of Lync for Alice on PC1 is in the foreground
    And the "main" window of Lync for Alice on PC1 shows "Options" as "a menu of File > Close, File > Exit, Tools > Options"
    And the "main" window of Lync for Alice on PC1 shows "Sign-in address" as "a box holding alice@contoso.com"
    And the "main" window of Lync for Alice on PC1 shows "Sign In" as "a button"
    And the "main" window of Lync for Alice on PC1 shows "Delete my sign-in info" as "a link"
    And the "main" window of Lync for Alice on PC1 shows no "Password"
    And the "main" window of Lync for Alice on PC1 is titled "Lync"
    And the "main" window of Lync for Alice on PC1 shows the controls "Minimize, Options, Sign-in address, Sign In, Delete my sign-in info"
    And the Lync icon of Alice on PC1 reads "Lync - Not signed in" and offers "Open Lync, Exit"
    When Alice clicks Sign In on PC1
    Then the "main" window of Lync for Alice on PC1 shows "Password" as "an empty password box"
    And the "main" window of Lync for Alice on PC1 shows the controls "Minimize, Options, Sign-in address, Password, Save my password, Sign In, Delete my sign-in info"
    And the "main" window of Lync for Alice on PC1 shows "Save my password" as "a ticked box"
    When Alice types her password on PC1
    Then the "main" window of Lync for Alice on PC1 shows "Password" as "a box holding a password"

  @section:first-sign-in @FS-12 @SO-08
  Scenario: While Lync signs in it says so, and the icon says where it is
    Given answers from Lync Online take 10 seconds
    When Alice signs in to Lync on PC1 with her password
    Then Alice sees the "main" window of Lync on PC1 showing the "signing-in" screen
    And the "main" window of Lync for Alice on PC1 shows "Status" as "the text: Signing in..."
    And the "main" window of Lync for Alice on PC1 shows "Signing in as" as "the text: alice@contoso.com"
    And the "main" window of Lync for Alice on PC1 shows the controls "Minimize, Options, Status, Signing in as"
    And the "main" window of Lync for Alice on PC1 shows "Options" as "a menu of File > Close, File > Sign Out, File > Exit, Tools > Options"
    And the Lync icon of Alice on PC1 reads "Lync - Signing in" and offers "Open Lync, Sign Out, Exit"
    When 1 minute passes
    Then Alice sees the "main" window of Lync on PC1 showing the "contacts" screen
    And the "main" window of Lync for Alice on PC1 shows "Signed in as" as "the text: alice@contoso.com"
    And the "main" window of Lync for Alice on PC1 shows "My presence" as "the text: Available"
    And the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Available" and offers "Open Lync, Sign Out, Exit"
    And the "main" window of Lync for Alice on PC1 shows the controls "Minimize, Options, Signed in as, My presence, Presence, Find someone, Add a Contact, Add to Contacts List, Contact list"

  @section:automatic-sign-in @AS-02 @AS-03
  Scenario: The Options dialog shows the two startup options; Cancel and its X keep them as they were
    Given Alice is signed in to Lync on PC1
    When Alice chooses Tools > Options from the Options button on PC1
    Then Alice sees the "options" window of Lync on PC1 showing the "dialog" screen
    And the "options" window of Lync for Alice on PC1 is in the foreground
    And the "main" window of Lync for Alice on PC1 is not in the foreground
    And the "options" window of Lync for Alice on PC1 shows "Page" as "the text: Personal"
    And the "options" window of Lync for Alice on PC1 is titled "Lync - Options"
    And the "options" window of Lync for Alice on PC1 shows the controls "Page, Automatically start Lync when I log on to Windows, Show Lync in the foreground when it starts, Minimize to the notification area instead of the task bar, Reopen my conversations when I sign in to Lync, Save IM conversations in my email Conversation History folder, Advanced, Status page, Show me as Inactive when my status has been idle for this many minutes, Show me as Away when my status has been Inactive for this many minutes, OK, Cancel"
    And the "options" window of Lync for Alice on PC1 shows "Automatically start Lync when I log on to Windows" as "a ticked box"
    And the "options" window of Lync for Alice on PC1 shows "Show Lync in the foreground when it starts" as "a ticked box"
    And the "options" window of Lync for Alice on PC1 shows "OK" as "a button"
    And the "options" window of Lync for Alice on PC1 shows "Cancel" as "a button"
    When Alice clears "Automatically start Lync when I log on to Windows" in the Options dialog on PC1
    And Alice clears "Show Lync in the foreground when it starts" in the Options dialog on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Automatically start Lync when I log on to Windows" as "a cleared box"
    And the "options" window of Lync for Alice on PC1 shows "Show Lync in the foreground when it starts" as "a cleared box"
    When Alice clicks "Cancel" in the Options dialog on PC1
    Then Alice sees no "options" window of Lync on PC1
    And the Run entries of Alice on PC1 include Lync
    And the Lync setting "showInForeground" of Alice on PC1 is "true"
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Automatically start Lync when I log on to Windows" as "a ticked box"
    When Alice clears "Automatically start Lync when I log on to Windows" in the Options dialog on PC1
    And Alice clears "Show Lync in the foreground when it starts" in the Options dialog on PC1
    And Alice closes the Options dialog with its X on PC1
    Then Alice sees no "options" window of Lync on PC1
    And the Run entries of Alice on PC1 include Lync
    And the Lync setting "showInForeground" of Alice on PC1 is "true"
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice clears "Show Lync in the foreground when it starts" in the Options dialog on PC1
    And Alice clicks "OK" in the Options dialog on PC1
    Then the Run entries of Alice on PC1 include Lync
    And the Lync setting "showInForeground" of Alice on PC1 is "false"

  @section:delete-sign-in-info @DC-05
  Scenario: The delete question shows Yes and No; its X deletes nothing
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks "Delete my sign-in info" on PC1
    Then Lync asks Alice "Are you sure you want to delete your sign-in info from this computer?" on PC1
    And the "confirmDelete" window of Lync for Alice on PC1 shows "Yes" as "a button"
    And the "confirmDelete" window of Lync for Alice on PC1 shows "No" as "a button"
    And the "confirmDelete" window of Lync for Alice on PC1 is in the foreground
    And the "confirmDelete" window of Lync for Alice on PC1 is titled "Lync"
    And the "confirmDelete" window of Lync for Alice on PC1 shows the controls "Question, Yes, No"
    And the "confirmDelete" window of Lync for Alice on PC1 shows "Question" as "the text: Are you sure you want to delete your sign-in info from this computer?"
    When Alice closes the confirmation with its X on PC1
    Then Alice sees no "confirmDelete" window of Lync on PC1
    And the credential cache of Alice on PC1 holds Alice's password
    And the credential cache of Alice on PC1 holds Alice's certificate
    When Alice clicks "Delete my sign-in info" on PC1
    And Alice clicks "No" in the confirmation on PC1
    Then the credential cache of Alice on PC1 holds Alice's password

  @section:troubleshooting @FS-08 @TE-10
  Scenario: Cancel on the trust prompt, or its X, ends that sign-in and trusts nothing
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then the "trustServer" window of Lync for Alice on PC1 shows "Always trust this server" as "a cleared box"
    And the "trustServer" window of Lync for Alice on PC1 is titled "Lync"
    And the "trustServer" window of Lync for Alice on PC1 shows the controls "Question, Always trust this server, Connect, Cancel"
    And the "trustServer" window of Lync for Alice on PC1 shows "Question" as "the text: Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    And the "trustServer" window of Lync for Alice on PC1 shows "Connect" as "a button"
    And the "trustServer" window of Lync for Alice on PC1 shows "Cancel" as "a button"
    And Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice ticks "Always trust this server" in the trust prompt on PC1
    Then the "trustServer" window of Lync for Alice on PC1 shows "Always trust this server" as "a ticked box"
    When Alice clicks "Cancel" in the trust prompt on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    And the service holds no session for Alice
    # the two Autodiscover lookups (lyncdiscoverinternal, then lyncdiscover) and no credentials
    And Lync for Alice on PC1 has sent 2 requests
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When Alice clicks Sign In on PC1
    And Alice closes the trust prompt with its X on PC1
    Then Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    And the service holds no session for Alice
    And the trust prompt opened 2 times for Alice on PC1

  @section:troubleshooting @FS-13 @TE-07 @FS-05 @assumption @assumption:wrongPasswordOutcome
  Scenario: The credential dialog after a wrong password; Cancel, or its X, gives up that sign-in
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And the "credentials" window of Lync for Alice on PC1 shows "Question" as "the text: Enter the password for alice@contoso.com"
    And the "credentials" window of Lync for Alice on PC1 shows "User name" as "a box holding alice@contoso.com"
    And the "credentials" window of Lync for Alice on PC1 shows "Password" as "an empty password box"
    And the "credentials" window of Lync for Alice on PC1 shows "OK" as "a button"
    And the "credentials" window of Lync for Alice on PC1 is titled "Lync"
    And the "credentials" window of Lync for Alice on PC1 shows the controls "Question, User name, Password, OK, Cancel"
    And the "main" window of Lync for Alice on PC1 shows "Message" as "the text: The username, password or domain appears to be incorrect."
    And the "credentials" window of Lync for Alice on PC1 shows "Cancel" as "a button"
    When Alice clicks "OK" in the credential dialog on PC1
    Then Alice sees the "credentials" window of Lync on PC1 showing the "dialog" screen
    When Alice types a wrong password in the credential dialog on PC1
    Then the "credentials" window of Lync for Alice on PC1 shows "Password" as "a box holding a password"
    When Alice clicks "Cancel" in the credential dialog on PC1
    Then Alice sees no "credentials" window of Lync on PC1
    And Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    And the "main" window of Lync for Alice on PC1 shows "Password" as "an empty password box"
    And the service holds no session for Alice
    When Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    And Alice closes the credential dialog with its X on PC1
    Then Alice sees no "credentials" window of Lync on PC1
    And the service holds no session for Alice
    When Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @section:troubleshooting @TE-22 @FS-06 @assumption @assumption:exchangeTurnedDownMessage
  Scenario: Cancel on the Exchange password prompt keeps Alice signed in, and the prompt does not come back by itself
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync needs your password to connect to Exchange for your calendar and conversation history."
    And the "credentials" window of Lync for Alice on PC1 shows "Question" as "the text: Lync needs your password to connect to Exchange for your calendar and conversation history."
    When Alice clicks "Cancel" in the credential dialog on PC1
    Then Alice sees no "credentials" window of Lync on PC1
    And Alice is signed in to Lync Online from PC1
    And Lync on PC1 tells Alice "Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable."
    When 10 minutes pass
    Then the credential dialog opened 1 time for Alice on PC1

  @section:first-sign-in @FS-03 @FS-04
  Scenario: Sign In does nothing without an address, or with the password box still empty
    Given the sign-in address box of Alice's Lync on PC1 was left empty by the installer
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then the "main" window of Lync for Alice on PC1 shows "Sign-in address" as "an empty box"
    And the "main" window of Lync for Alice on PC1 shows no "Password"
    And Lync for Alice on PC1 has sent 0 requests
    When Alice types her sign-in address on PC1
    And Alice clicks Sign In on PC1
    And Alice clicks Sign In on PC1
    Then Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    And the "main" window of Lync for Alice on PC1 shows "Password" as "an empty password box"
    And Lync for Alice on PC1 has sent 0 requests
    When Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync setting "signInAddress" of Alice on PC1 is "'alice@contoso.com'"

  @section:sign-out @SO-04 @SO-11
  Scenario: Sign Out is remembered in the registry until the next sign-in
    Given Alice is signed in to Lync on PC1
    Then the Lync setting "signedOutByUser" of Alice on PC1 is "false"
    When Alice chooses File > Sign Out from the Options button on PC1
    Then the Lync setting "signedOutByUser" of Alice on PC1 is "true"
    And the "main" window of Lync for Alice on PC1 shows "Options" as "a menu of File > Close, File > Exit, Tools > Options"
    And the Lync icon of Alice on PC1 reads "Lync - Not signed in" and offers "Open Lync, Exit"
    When Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync setting "signedOutByUser" of Alice on PC1 is "false"

  @section:troubleshooting @FS-08
  Scenario: Web services in a default trusted domain bring no trust prompt (webdir.online.lync.com)
    Given Autodiscover sends Lync to web services at "webdir.online.lync.com"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @section:troubleshooting @FS-08
  Scenario: Web services in a default trusted domain bring no trust prompt (lync.com)
    Given Autodiscover sends Lync to web services at "lync.com"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @section:troubleshooting @FS-08
  Scenario: Web services in a default trusted domain bring no trust prompt (pool.lync.glbdns.microsoft.com)
    Given Autodiscover sends Lync to web services at "pool.lync.glbdns.microsoft.com"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @section:troubleshooting @FS-08
  Scenario: Web services in a default trusted domain bring no trust prompt (login.microsoftonline.com)
    Given Autodiscover sends Lync to web services at "login.microsoftonline.com"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @section:troubleshooting @FS-08
  Scenario: Web services in a default trusted domain bring no trust prompt (autodiscover.outlook.com)
    Given Autodiscover sends Lync to web services at "autodiscover.outlook.com"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @section:troubleshooting @FS-08
  Scenario: Web services in a default trusted domain bring no trust prompt (lyncweb.contoso.com)
    Given Autodiscover sends Lync to web services at "lyncweb.contoso.com"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @section:network @NR-07 @SO-08
  Scenario: While Lync reconnects it says presence is unknown, and Sign Out is still offered
    Given Alice is signed in to Lync on PC1
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    And the "main" window of Lync for Alice on PC1 shows "My presence" as "the text: Presence unknown"
    And the "main" window of Lync for Alice on PC1 shows "Options" as "a menu of File > Close, File > Sign Out, File > Exit, Tools > Options"
    And the "main" window of Lync for Alice on PC1 shows the controls "Minimize, Options, Message, Signed in as, My presence, Find someone, Contact list"
    And the Lync icon of Alice on PC1 reads "Lync - Not signed in" and offers "Open Lync, Sign Out, Exit"
    When Alice chooses File > Sign Out from the Options button on PC1
    Then Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen

  @section:troubleshooting @FS-08 @AS-02
  Scenario: The Options dialog does not open over a trust prompt that is waiting for an answer
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    And Alice chooses Tools > Options from the Options button on PC1
    Then Alice sees no "options" window of Lync on PC1
    And Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1

  @section:troubleshooting @TE-01 @TE-02 @TE-16 @DC-08
  Scenario Outline: A sign-in with the saved sign-in info that fails (<cause>) asks for no password
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses File > Sign Out from the Options button on PC1
    And <cause>
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "<message>"
    And Alice sees no password box on PC1
    And the service holds no session for Alice

    Examples:
      | cause                                                                                    | message                                                                                                                                                                 |
      | the fault "dns-records-missing" is turned on                                             | Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain.                              |
      | the fault "not-enabled" is turned on for "person=Alice"                                  | Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team. |
      | the fault "servers-not-answering" is turned on | The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team. |
      | the fault "address-renamed" is turned on for "person=Alice, address=alice.smith@contoso.com" | There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team.                               |

  @section:automatic-sign-in @AS-07 @FS-10
  Scenario: The Advanced Connection Settings dialog; Cancel and its X go back to Options and keep the settings
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice chooses Tools > Options from the Options button on PC1
    And Alice clicks "Advanced" in the Options dialog on PC1
    Then Alice sees no "options" window of Lync on PC1
    And the "connectionSettings" window of Lync for Alice on PC1 is titled "Advanced Connection Settings"
    And the "connectionSettings" window of Lync for Alice on PC1 shows the controls "Automatic configuration, Manual configuration, Internal server name, External server name, OK, Cancel"
    And the "connectionSettings" window of Lync for Alice on PC1 shows "Automatic configuration" as "a ticked box"
    And the "connectionSettings" window of Lync for Alice on PC1 shows "Manual configuration" as "a cleared box"
    And the "connectionSettings" window of Lync for Alice on PC1 shows "Internal server name" as "an empty box"
    When Alice ticks "Manual configuration" in the Advanced Connection Settings dialog on PC1
    And Alice types "lyncpool.contoso.local" into "Internal server name" in the Advanced Connection Settings dialog on PC1
    Then the "connectionSettings" window of Lync for Alice on PC1 shows "Automatic configuration" as "a cleared box"
    And the "connectionSettings" window of Lync for Alice on PC1 shows "Manual configuration" as "a ticked box"
    And the "connectionSettings" window of Lync for Alice on PC1 shows "Internal server name" as "a box holding lyncpool.contoso.local"
    When Alice clicks "Cancel" in the Advanced Connection Settings dialog on PC1
    Then Alice sees the "options" window of Lync on PC1 showing the "dialog" screen
    And the Advanced Connection Settings of Alice on PC1 are automatic, with "" in both server boxes
    When Alice clicks "Advanced" in the Options dialog on PC1
    Then the "connectionSettings" window of Lync for Alice on PC1 shows "Automatic configuration" as "a ticked box"
    When Alice ticks "Manual configuration" in the Advanced Connection Settings dialog on PC1
    And Alice closes the Advanced Connection Settings dialog with its X on PC1
    Then Alice sees the "options" window of Lync on PC1 showing the "dialog" screen
    And the Advanced Connection Settings of Alice on PC1 are automatic, with "" in both server boxes
    When Alice clicks "Advanced" in the Options dialog on PC1
    And Alice ticks "Manual configuration" in the Advanced Connection Settings dialog on PC1
    And Alice types "sipdir.online.lync.com:443" into "Internal server name" in the Advanced Connection Settings dialog on PC1
    And Alice types "sipdir.online.lync.com:443" into "External server name" in the Advanced Connection Settings dialog on PC1
    And Alice clears "Manual configuration" in the Advanced Connection Settings dialog on PC1
    Then the "connectionSettings" window of Lync for Alice on PC1 shows "Automatic configuration" as "a ticked box"
    When Alice ticks "Manual configuration" in the Advanced Connection Settings dialog on PC1
    And Alice clicks "OK" in the Advanced Connection Settings dialog on PC1
    Then Alice sees the "options" window of Lync on PC1 showing the "dialog" screen
    And the Advanced Connection Settings of Alice on PC1 are manual, with "sipdir.online.lync.com:443" in both server boxes

  @section:close @SO-02 @SO-08
  Scenario: Open Lync on the icon's menu brings the closed window back and keeps Alice signed in
    Given Alice is signed in to Lync on PC1
    When Alice chooses File > Close from the Options button on PC1
    Then Alice sees no "main" window of Lync on PC1
    When Alice right-clicks the Lync icon in the notification area on PC1 and chooses Open Lync
    Then Alice sees the "main" window of Lync on PC1 showing the "contacts" screen
    And Alice is signed in to Lync Online from PC1
