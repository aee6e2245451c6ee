@section:automatic-sign-in
Feature: Automatic sign-in at the next Windows logon, and the startup options
  Once Alice has signed in on a computer with her password saved, Lync starts and signs her in by itself the next
  time she logs on to Windows there. Two Personal options change that: "Automatically start Lync when I log on to
  Windows" and "Show Lync in the foreground when it starts".

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @AS-01 @NR-15 @FS-07
  Scenario: At the next logon Lync starts and signs in with no help
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice logs off PC1
    Then no Lync process runs for Alice on PC1
    And the service holds no session for Alice
    When Alice logs on to PC1
    Then the Lync process of Alice on PC1 is running
    And Alice is signed in to Lync Online from PC1
    And Alice sees the main window on PC1
    And Lync read Alice's cached credentials on PC1

  @AS-06
  Scenario: The startup options are on the Personal page of the Options dialog
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses Tools > Options from the Options button on PC1
    Then the Personal page of the Options dialog on PC1 offers "Automatically start Lync when I log on to Windows"
    And the Personal page of the Options dialog on PC1 offers "Show Lync in the foreground when it starts"

  @AS-05 @assumption @assumption:autoStartByDefault @assumption:showInForegroundByDefault
  Scenario: Both startup options are ticked after installation
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "Automatically start Lync when I log on to Windows" option on PC1 is ticked
    And the "Show Lync in the foreground when it starts" option on PC1 is ticked
    And the Run entries of Alice on PC1 include Lync

  @AS-02 @AS-04
  Scenario: With automatic start cleared, logging on does not start Lync
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice sets "Automatically start Lync when I log on to Windows" off on PC1
    Then the Run entries of Alice on PC1 do not include Lync
    When Alice logs off PC1
    And Alice logs on to PC1
    Then no Lync process runs for Alice on PC1
    And the service holds no session for Alice

  @AS-02
  Scenario: Turning automatic start back on makes the next logon start Lync again
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has set "Automatically start Lync when I log on to Windows" off on PC1
    When Alice sets "Automatically start Lync when I log on to Windows" on on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1

  @AS-03
  Scenario: With "Show Lync in the foreground" cleared, only the icon appears at logon
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice sets "Show Lync in the foreground when it starts" off on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no Lync window on PC1
    And the Lync icon is in the notification area of Alice on PC1

  @AS-04 @MU-11
  Scenario: The startup options belong to one Windows user
    Given Bob has an Office 365 account
    And Lync was installed for Bob on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has set "Automatically start Lync when I log on to Windows" off on PC1
    When Bob logs on to PC1
    Then the Lync process of Bob on PC1 is running
    And Bob sees the sign-in window on PC1
    And the Run entries of Bob on PC1 include Lync
    And Alice is signed in to Lync Online from PC1
    And exactly one Lync process runs for Alice on PC1

  @SO-11 @assumption @assumption:autoSignInAfterManualSignOut
  Scenario: After signing out by hand, the next logon still signs in
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1

  @MU-02
  Scenario: A saved password stays on the computer where it was saved
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Lync was installed for Alice on PC2 from the Office 365 portal
    When Alice logs on to PC2
    Then Alice sees the sign-in window on PC2
    And the credential cache of Alice on PC2 holds nothing for Alice
    And the credential cache of Alice on PC1 holds Alice's password
    And the service holds no session for Alice from PC2

  @MU-11
  Scenario: Starting Lync again while it runs brings back the same program
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses File > Close from the Options button on PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then exactly one Lync process runs for Alice on PC1
    And Alice sees the main window on PC1
    And the service holds exactly one session for Alice
