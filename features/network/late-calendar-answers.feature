@section:network
Feature: Calendar answers that come while Alice is busy elsewhere
  Right after sign-in Lync connects to Exchange for the calendar, and Exchange may ask for the password again. On a
  slow link that answer can come late. Lync asks for the password only when Exchange asks for it: an Exchange that
  cannot be reached brings no prompt, and a prompt never pushes away the Options dialog Alice has open.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And answers from Lync Online take 20 seconds

  @FS-06 @TE-22 @NR-06
  Scenario: Exchange asking for credentials while the Options dialog is open leaves the dialog in place
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    And 90 seconds pass
    Then Alice sees the "main" window of Lync on PC1 showing the "contacts" screen
    When Alice chooses Tools > Options from the Options button on PC1
    And 1 minute passes
    Then Alice sees the "options" window of Lync on PC1 showing the "dialog" screen
    And Lync on PC1 shows Alice no credential dialog
    And the credential dialog opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @FS-06 @NR-01 @NR-06 @assumption @assumption:exchangeUnreachableMessage
  Scenario: When the network drops just as sign-in completes, Lync does not ask for the calendar password
    When Alice signs in to Lync on PC1 with her password
    And 70 seconds pass
    And PC1 goes offline
    And 1 minute passes
    Then Lync on PC1 shows Alice no credential dialog
    And Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And the credential dialog opened 0 times for Alice on PC1
