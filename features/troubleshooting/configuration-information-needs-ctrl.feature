@section:troubleshooting
Feature: Holding CTRL only adds Configuration Information to the icon's menu
  CTRL held during the right-click adds Configuration Information to the Lync icon's menu; the other items of that
  menu do what they always do.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @SO-09 @SO-02
  Scenario: Open Lync chosen with CTRL held brings the window back, not Configuration Information
    Given Alice has chosen File > Close from the Options button on PC1
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Open Lync"
    Then Alice sees the main window on PC1
    And Alice sees no Configuration Information on PC1
    And Alice is signed in to Lync Online from PC1

  @SO-09 @SO-08
  Scenario: Exit chosen with CTRL held ends Lync
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Exit"
    Then no Lync process runs for Alice on PC1
    And the service holds no session for Alice
