@section:troubleshooting
Feature: Lync's connection to Exchange Online
  After sign-in, Lync finds the mailbox through Autodiscover and connects to Exchange Web Services (EWS) for the
  calendar, conversation history and voice mail. It tries the Lync sign-in credentials first, and prompts only if
  Exchange turns them down. A wrong password or a Cancel in that prompt, or an Exchange server that does not answer,
  leaves history, voice mail and Outlook-related features unavailable, and Lync says so. Exchange Online keeps its own
  record of who authenticated, with what, and whether it let them in.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-06 @SO-09 @kb:2787614
  Scenario: Lync connects to Exchange with Alice's sign-in credentials, without a prompt
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice no credential dialog
    And Exchange Online let Alice in with a password 1 time
    And Exchange Online turned down a password for Alice 0 times
    And Alice sees no message on PC1
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "https://outlook.office365.com/EWS/Exchange.asmx" for "EWS Internal URL"
    And Configuration Information of Alice on PC1 reads "https://outlook.office365.com/EWS/Exchange.asmx" for "EWS External URL"
    And Configuration Information of Alice on PC1 reads "EWS Status OK" for "EWS Information"

  @FS-06 @TE-22 @kb:2787614
  Scenario: A wrong password in the Exchange prompt is turned down by Exchange, and Lync asks again
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    When Alice types a wrong password in the credential dialog on PC1
    And Alice clicks "OK" in the credential dialog on PC1
    Then Lync on PC1 shows Alice a credential dialog
    And the credential dialog opened 2 times for Alice on PC1
    And Exchange Online turned down a password for Alice 2 times
    And Exchange Online let Alice in with a password 0 times
    When Alice enters her password in the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Exchange Online let Alice in with a password 1 time
    And Alice sees no message on PC1
    And Alice is signed in to Lync Online from PC1

  @FS-06 @TE-22 @SO-09 @kb:2787614 @assumption @assumption:exchangeTurnedDownMessage
  Scenario: After three wrong passwords Lync stops asking and says it cannot connect to the Exchange server
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    And Alice types a wrong password in the credential dialog on PC1
    And Alice clicks "OK" in the credential dialog on PC1
    And Alice types a wrong password in the credential dialog on PC1
    And Alice clicks "OK" in the credential dialog on PC1
    And Alice types a wrong password in the credential dialog on PC1
    And Alice clicks "OK" in the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And the credential dialog opened 3 times for Alice on PC1
    And Lync on PC1 tells Alice "Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable."
    And Exchange Online turned down a password for Alice 4 times
    And Exchange Online let Alice in with a password 0 times
    And Alice is signed in to Lync Online from PC1
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "EWS not fully initialized" for "EWS Information"
    And Configuration Information of Alice on PC1 reads "https://outlook.office365.com/EWS/Exchange.asmx" for "EWS External URL"

  @FS-06 @TE-22 @kb:2787614 @assumption @assumption:exchangeTurnedDownMessage
  Scenario: Cancel in the Exchange prompt keeps Lync signed in, and history, voice mail and Outlook-related features unavailable
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    And Alice cancels the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync on PC1 tells Alice "Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable."
    And Exchange Online turned down a password for Alice 1 time
    And Exchange Online let Alice in with a password 0 times
    And Alice is signed in to Lync Online from PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Alice sees no message on PC1
    And Exchange Online let Alice in with a password 1 time

  @FS-06 @FS-07 @kb:2787614
  Scenario: "Save my password" in the Exchange prompt saves the password in the credential cache once Exchange accepts it
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync for the first time on PC1 with Save my password off
    Then the credential cache of Alice on PC1 holds no password for Alice
    And Lync on PC1 shows Alice a credential dialog
    When Alice types a wrong password in the credential dialog on PC1
    And Alice ticks "Save my password" in the credential dialog on PC1
    And Alice clicks "OK" in the credential dialog on PC1
    Then Lync on PC1 shows Alice a credential dialog
    And the credential cache of Alice on PC1 holds no password for Alice
    When Alice types her password in the credential dialog on PC1
    And Alice ticks "Save my password" in the credential dialog on PC1
    And Alice clicks "OK" in the credential dialog on PC1
    Then Exchange Online let Alice in with a password 1 time
    And the credential cache of Alice on PC1 holds Alice's password

  @FS-06 @kb:2787614
  Scenario: Without "Save my password" the password typed in the Exchange prompt is not saved
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync for the first time on PC1 with Save my password off
    And Alice enters her password in the credential dialog on PC1
    Then Exchange Online let Alice in with a password 1 time
    And the credential cache of Alice on PC1 holds no password for Alice

  @FS-06 @SO-09 @kb:2787614 @assumption @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Exchange does not answer: Lync says it has connection issues with the Exchange server, and repairs the connection when it answers
    Given Exchange Online does not answer
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 shows Alice no credential dialog
    And Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And Exchange Online saw no authentication for Alice
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "EWS not fully initialized" for "EWS Information"
    And Configuration Information of Alice on PC1 reads "" for "EWS External URL"
    When Alice closes Configuration Information on PC1
    And Exchange Online answers again
    And 5 minutes pass
    Then Alice sees no message on PC1
    And Exchange Online let Alice in with a password 1 time
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "EWS Status OK" for "EWS Information"
