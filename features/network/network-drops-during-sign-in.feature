@section:network
Feature: The network drops in the middle of a sign-in
  A sign-in goes in steps: find the server, check the password, then register. If the network drops between two of
  them, Lync says the sign-in is delayed; when the network returns it signs in by itself, without asking for the
  password again.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And answers from Lync Online take 20 seconds

  @NR-01 @NR-06 @TE-23 @assumption @assumption:networkDelayMessage
  Scenario: The network drops after the password was checked, and the first sign-in ends by itself when it returns
    When Alice signs in to Lync on PC1 with her password
    And 25 seconds pass
    And PC1 goes offline
    And 40 seconds pass
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    And Alice sees the signing-in screen on PC1
    When PC1 goes on the organization's network
    And 1 minute passes
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 shows Alice no credential dialog
