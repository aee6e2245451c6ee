@section:network
Feature: Answers that arrive after signing out
  Signing out while Lync is still signing in cancels that sign-in. Answers the service sends afterwards, to the
  sign-in or to the calendar connection, find nobody waiting for them: Lync stays signed out and asks nothing.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And answers from Lync Online take 20 seconds

  @NR-06 @SO-13
  Scenario: Signing out halfway through a slow sign-in leaves Alice signed out
    When Alice signs in to Lync on PC1 with her password
    And 30 seconds pass
    Then Alice sees the signing-in screen on PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And 2 minutes pass
    Then Alice sees the sign-in window on PC1
    And the service holds no session for Alice

  @FS-06 @SO-04
  Scenario: Exchange asking for credentials after Sign Out brings no prompt
    Given the Exchange connection will ask Alice for credentials 2 times
    When Alice signs in to Lync on PC1 with her password
    And 90 seconds pass
    Then Alice is signed in to Lync Online from PC1
    And Alice sees the "main" window of Lync on PC1 showing the "contacts" screen
    And the credential dialog opened 0 times for Alice on PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And 1 minute passes
    Then Alice sees the sign-in window on PC1
    And Lync on PC1 shows Alice no credential dialog
    And the credential dialog opened 0 times for Alice on PC1
