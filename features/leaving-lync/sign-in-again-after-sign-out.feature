@section:sign-out
Feature: Signing in again after signing out in the middle of something
  Sign Out is how Alice stops a sign-in that takes too long, or a reconnection that cannot succeed yet. Lync is
  then back at the sign-in window, and a click on Sign In starts afresh: whatever the service still answers to the
  sign-in she cancelled is not taken for an answer to the new one.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @SO-13 @SO-05 @NR-06
  Scenario: Alice cancels a slow sign-in with a mistyped password and signs in with the right one
    Given answers from Lync Online take 20 seconds
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    And 50 seconds pass
    Then Alice sees the signing-in screen on PC1
    And Lync for Alice on PC1 has sent 3 requests
    When Alice chooses File > Sign Out from the Options button on PC1
    Then Alice sees the sign-in window on PC1
    When Alice types her password on PC1
    And Alice clicks Sign In on PC1
    And 2 minutes pass
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no message on PC1
    And the credential dialog opened 0 times for Alice on PC1
    And the Lync process of Alice on PC1 is running

  @SO-04 @SO-05 @NR-03
  Scenario: Alice signs out while Lync reconnects, and signs in again once the network is back
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When Alice chooses File > Sign Out from the Options button on PC1
    Then Alice sees the sign-in window on PC1
    And Alice sees no message on PC1
    When PC1 goes on the organization's network
    And 2 minutes pass
    Then the service holds no session for Alice
    When Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
