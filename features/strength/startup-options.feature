@section:automatic-sign-in
Feature: The startup options, kept or not, and what they change
  "Show Lync in the foreground when it starts" is about the start at logon only: started from the Start menu, Lync
  always shows its window (AS-03). The options are saved by OK in the Options dialog; Cancel and the dialog's X
  leave the registry and the Run entry as they were (AS-02, AS-12).

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @AS-03
  Scenario Outline: Started from the Start menu with "Show Lync in the foreground when it starts" <state>, Lync shows its window
    Given Alice has set "Show Lync in the foreground when it starts" <state> on PC1
    When Alice chooses File > Exit from the Options button on PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice sees the main window on PC1
    And Alice is signed in to Lync Online from PC1

    Examples:
      | state |
      | off   |
      | on    |

  @AS-02 @AS-03 @AS-12
  Scenario Outline: "<option>" cleared, then <closed>: nothing is saved
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice clears "<option>" in the Options dialog on PC1
    And <close>
    Then <kept>

    Examples:
      | option                                            | closed         | close                                              | kept                                                          |
      | Automatically start Lync when I log on to Windows | Cancel         | Alice clicks "Cancel" in the Options dialog on PC1 | the Run entries of Alice on PC1 include Lync                  |
      | Show Lync in the foreground when it starts        | Cancel         | Alice clicks "Cancel" in the Options dialog on PC1 | the Lync setting "showInForeground" of Alice on PC1 is "true" |
      | Automatically start Lync when I log on to Windows | the dialog's X | Alice closes the Options dialog with its X on PC1  | the Run entries of Alice on PC1 include Lync                  |
