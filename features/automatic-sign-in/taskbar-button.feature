@section:automatic-sign-in
Feature: The taskbar button of an open, a minimized and a closed Lync
  While its window is open, Lync has a button in the taskbar. Minimized, it keeps that button unless "Minimize to the
  notification area instead of the task bar" is on. Closed, it keeps running with its icon in the notification area;
  whether a closed Lync also keeps its taskbar button is not documented, so both readings are checked.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @AS-12 @SO-02 @assumption @assumption:taskbarButtonWhenClosed
  Scenario: Minimize to the notification area is about minimizing only: a closed Lync keeps its taskbar button
    Given Alice is signed in to Lync on PC1
    When Alice sets "Minimize to the notification area instead of the task bar" on on PC1
    And Alice chooses File > Close from the Options button on PC1
    Then Alice sees no Lync window on PC1
    And the Lync icon is in the taskbar of Alice on PC1
    And the Lync icon is in the notification area of Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @AS-12 @SO-02 @assumption @assumption:taskbarButtonWhenClosed
  Scenario: When a closed Lync keeps no taskbar button, the open and the minimized window still have one
    Given a closed Lync keeps no taskbar button in Lync
    And Alice is signed in to Lync on PC1
    Then the Lync icon is in the taskbar of Alice on PC1
    When Alice minimizes the Lync window on PC1
    Then Alice sees no Lync window on PC1
    And the Lync icon is in the taskbar of Alice on PC1
    When Alice clicks the Lync icon in the taskbar on PC1
    Then Alice sees the main window on PC1
    When Alice chooses File > Close from the Options button on PC1
    Then Alice sees no Lync window on PC1
    And the Lync icon is not in the taskbar of Alice on PC1
    And the Lync icon is in the notification area of Alice on PC1
    And Alice is signed in to Lync Online from PC1
    When Alice clicks the Lync icon in the notification area on PC1
    Then Alice sees the main window on PC1
    And the Lync icon is in the taskbar of Alice on PC1
