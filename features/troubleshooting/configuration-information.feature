@section:troubleshooting
Feature: Configuration Information, Lync's own diagnostics
  Holding CTRL while right-clicking the Lync icon in the notification area adds Configuration Information to its
  menu. Support staff read that window to see whether the calendar connection (EWS) came up, and whether Lync signed
  in from inside the organization or from the internet through the Edge.

  Background:
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @SO-09
  Scenario: Configuration Information is on the icon's menu only while CTRL is held
    Given Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then the Lync icon's menu of Alice on PC1 offers "Configuration Information" only when CTRL is held
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "EWS Status OK" for "EWS Information"
    When Alice closes Configuration Information on PC1
    Then Alice sees no Configuration Information on PC1
    And Alice is signed in to Lync Online from PC1

  @SO-09 @TE-22 @assumption @assumption:exchangeTurnedDownMessage
  Scenario: A calendar connection left without credentials shows EWS not fully initialized
    Given Alice is logged on to PC1 on the organization's network
    And the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    When Alice cancels the credential dialog on PC1
    And Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "EWS not fully initialized" for "EWS Information"
    And Alice is signed in to Lync Online from PC1
    And Lync on PC1 tells Alice "Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable."

  @NR-16
  Scenario Outline: Lync knows whether it signed in from the intranet (<network>)
    Given Alice is logged on to PC1 on <network>
    When Alice signs in to Lync on PC1 with her password
    Then the service saw the session of Alice from PC1 come <path>
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "<inside>" for "Inside User Status"

    Examples:
      | network                  | path                 | inside |
      | the organization's network | from the intranet  | TRUE   |
      | the internet             | through the Edge     | FALSE  |
