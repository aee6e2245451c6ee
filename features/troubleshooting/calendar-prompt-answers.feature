@section:troubleshooting
Feature: Answering the calendar credential prompt
  After sign-in, Lync may ask for the password again while it connects to Exchange for the calendar. OK with the
  password connects the calendar. OK with an empty box does nothing: the prompt stays. Cancel gives up the calendar
  connection only, even with a password typed: that password is not sent, and Lync stays signed in, showing the
  contact list.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog

  @FS-06 @TE-22 @SO-09
  Scenario: OK with an empty password box leaves the calendar prompt open
    When Alice clicks "OK" in the credential dialog on PC1
    Then Lync on PC1 shows Alice a credential dialog
    And the credential dialog opened 1 time for Alice on PC1
    When Alice enters her password in the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "EWS Status OK" for "EWS Information"

  @FS-06 @TE-22 @SO-09 @assumption @assumption:exchangeTurnedDownMessage
  Scenario: Cancel after typing the password gives up the calendar connection and keeps Lync signed in
    When Alice types her password in the credential dialog on PC1
    And Alice clicks "Cancel" in the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Alice sees the "main" window of Lync on PC1 showing the "contacts" screen
    And the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Available" and offers "Open Lync, Sign Out, Exit"
    And Alice is signed in to Lync Online from PC1
    And Lync on PC1 tells Alice "Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable."
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "EWS not fully initialized" for "EWS Information"
    And Configuration Information of Alice on PC1 reads "sippoolam41a01.infra.lync.com" for "SIP Server"
    And the credential dialog opened 1 time for Alice on PC1
    When Alice closes Configuration Information on PC1
    And Alice chooses File > Sign Out from the Options button on PC1
    Then the service holds no session for Alice
