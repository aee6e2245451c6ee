@section:network
Feature: A late answer to a cancelled sign-in does not reach the next one
  On a slow link, Alice may give up a sign-in (Sign Out) and start again before the service has answered the first
  one. The answer to the cancelled sign-in still comes, late. Lync waits only for the answers to what it asked last:
  the late answer, whatever it says, changes nothing in the new sign-in.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @NR-06 @SO-13 @TE-01
  Scenario: The servers' silence during a cancelled sign-in does not fail the next one
    Given the Lync Online servers are not answering
    And answers from Lync Online take 60 seconds
    When Alice signs in to Lync on PC1 with her password
    And 70 seconds pass
    And Alice chooses File > Sign Out from the Options button on PC1
    And the Lync Online servers answer again
    And Alice enters her password and clicks Sign In on PC1
    And 6 minutes pass
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 never showed Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."

  @NR-06 @SO-13 @TE-07
  Scenario: A mistyped password refused after Sign Out does not stop the sign-in with the right one
    Given answers from Lync Online take 60 seconds
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    And 150 seconds pass
    And Alice chooses File > Sign Out from the Options button on PC1
    And Alice enters her password and clicks Sign In on PC1
    And 6 minutes pass
    Then Alice is signed in to Lync Online from PC1
    And the credential dialog opened 0 times for Alice on PC1
    And Lync on PC1 never showed Alice "The username, password or domain appears to be incorrect."
