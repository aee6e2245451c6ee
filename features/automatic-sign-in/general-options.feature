@section:automatic-sign-in
Feature: Minimize to the notification area, and reopening conversations
  The General page of Lync's options has two more startup-related choices. With "Minimize to the notification area
  instead of the task bar", a minimized Lync leaves the taskbar and only its icon in the notification area stays; a
  click on the icon brings the window back. "Reopen my conversations when I sign in to Lync" is kept with the other
  settings. Both are off after installation.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice is signed in to Lync on PC1

  @AS-12
  Scenario: A minimized Lync stays in the taskbar by default
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "Minimize to the notification area instead of the task bar" option on PC1 is off
    When Alice clicks "Cancel" in the Options dialog on PC1
    And Alice minimizes the Lync window on PC1
    Then Alice sees no Lync window on PC1
    And the Lync icon is in the taskbar of Alice on PC1
    And the Lync icon is in the notification area of Alice on PC1
    When Alice clicks the Lync icon in the taskbar on PC1
    Then Alice sees the main window on PC1

  @AS-12
  Scenario: With Minimize to the notification area, a minimized Lync leaves no taskbar button
    When Alice sets "Minimize to the notification area instead of the task bar" on on PC1
    Then the Lync setting "minimizeToNotificationArea" of Alice on PC1 is "true"
    When Alice minimizes the Lync window on PC1
    Then Alice sees no Lync window on PC1
    And the Lync icon is not in the taskbar of Alice on PC1
    And the Lync icon is in the notification area of Alice on PC1
    And Alice is signed in to Lync Online from PC1
    When Alice clicks the Lync icon in the notification area on PC1
    Then Alice sees the main window on PC1
    And the Lync icon is in the taskbar of Alice on PC1

  @AS-12
  Scenario: Reopen my conversations is kept in Alice's settings and shown again in Options
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "Reopen my conversations when I sign in to Lync" option on PC1 is off
    When Alice clicks "Cancel" in the Options dialog on PC1
    And Alice sets "Reopen my conversations when I sign in to Lync" on on PC1
    Then the Lync setting "reopenConversations" of Alice on PC1 is "true"
    And the Lync setting "minimizeToNotificationArea" of Alice on PC1 is "false"
    When Alice chooses File > Exit from the Options button on PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice chooses Tools > Options from the Options button on PC1
    Then the "Reopen my conversations when I sign in to Lync" option on PC1 is on
