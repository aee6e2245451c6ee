@section:automatic-sign-in
Feature: What an assumption's alternative checks, checked under the default too
  Some scenarios switch an assumption to its alternative, and check on the way what holds either way. A client
  that plays only the default must not escape those checks: here they are under the default. Exit and logging off
  Windows are not a Sign Out by hand (SO-11), whichever way the next start goes.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @SO-11 @SO-07 @NR-14
  Scenario Outline: <way> is not a Sign Out by hand, and Lync keeps no record that it was
    When <leave>
    Then the Lync setting "signedOutByUser" of Alice on PC1 is "false"
    And no Lync process runs for Alice on PC1

    Examples:
      | way     | leave                                                    |
      | Exit    | Alice chooses File > Exit from the Options button on PC1 |
      | Log off | Alice logs off PC1                                       |
