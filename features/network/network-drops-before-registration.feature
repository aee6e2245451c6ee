@section:network
Feature: The network drops between the password check and the registration
  At a first sign-in the identity provider accepts the password and hands Lync a certificate; Lync then registers
  with it. If the network drops just then, Lync says the sign-in is delayed, and when the network returns it
  registers with the certificate it was given, without asking for the password again.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And answers from Lync Online take 20 seconds

  @NR-01 @NR-06 @TE-23 @assumption @assumption:networkDelayMessage
  Scenario: The first sign-in, cut off after the password was accepted, ends by itself when the network returns
    When Alice signs in to Lync on PC1 with her password
    And 50 seconds pass
    And PC1 goes offline
    And 40 seconds pass
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    And Alice sees the signing-in screen on PC1
    And the service holds no session for Alice
    When PC1 goes on the organization's network
    And 2 minutes pass
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 shows Alice no credential dialog
