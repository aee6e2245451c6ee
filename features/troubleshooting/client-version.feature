@section:troubleshooting
Feature: An outdated Lync
  A Lync build the service no longer accepts cannot sign in on that computer; reinstalling from the portal fixes it.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @TE-03
  Scenario: The service no longer accepts the installed version
    Given the Lync installed for Alice on PC1 is a version the service no longer accepts
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "You may have entered your sign-in address, user name, or password incorrectly, or the authentication service may be incompatible with this version of the program."
    And Alice sees no password box on PC1
    And the service holds no session for Alice
    When the administrator reinstalls Lync for Alice on PC1 from the Office 365 portal
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice is signed in to Lync Online from PC1
