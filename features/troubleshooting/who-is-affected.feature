@section:troubleshooting
Feature: Who is affected points to the cause
  Support asks who cannot sign in, and where. A fault in the program on one computer stops everyone who uses that
  computer and no one elsewhere; a fault in one account follows that person to every computer.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-03 @MU-08 @MU-09
  Scenario: An outdated Lync fails for every user of that computer and for no one elsewhere
    Given Lync was installed for Bob on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And the Lync installed for Alice on PC1 is a version the service no longer accepts
    And Alice logs off PC1
    When Bob logs on to PC1
    And Bob signs in to Lync on PC1 with his password
    Then Lync on PC1 tells Bob "You may have entered your sign-in address, user name, or password incorrectly, or the authentication service may be incompatible with this version of the program."
    And the service holds no session for Bob
    When Bob is signed in to Lync on PC2
    Then Bob is signed in to Lync Online from PC2
    When Bob chooses File > Exit from the Options button on PC1
    And the administrator reinstalls Lync for Bob on PC1 from the Office 365 portal
    Then the Lync installed on PC1 is the current version
    When Bob signs in to Lync on PC1 with his password
    Then Bob is signed in to Lync Online from PC1
