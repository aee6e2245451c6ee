@section:automatic-sign-in
Feature: With the alternative setting, a Sign Out by hand keeps Lync at the sign-in window at the next logon
  No source says whether the automatic start at the next Windows logon signs in when Alice signed out by hand the
  time before (SO-11). By default it does. These scenarios switch to the alternative: after a Sign Out by hand, the
  next start shows the sign-in window with her address and a password box, and waits until she types her password.
  Leaving by Exit, or logging off Windows while signed in, is not signing out by hand: the next logon still signs in
  by itself.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Lync does not sign in by itself after a Sign Out by hand
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @SO-11 @AS-01 @assumption @assumption:autoSignInAfterManualSignOut
  Scenario: After signing out by hand, the next logon waits at the sign-in window for the password
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Alice sees the sign-in window on PC1
    And the sign-in address box on PC1 holds Alice's sign-in address
    And Alice sees a password box on PC1
    And the service holds no session for Alice
    And the credential cache of Alice on PC1 holds Alice's password
    When Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync setting "signedOutByUser" of Alice on PC1 is "false"

  @SO-11 @AS-01 @assumption @assumption:autoSignInAfterManualSignOut
  Scenario: After leaving by Exit, the next logon still signs in by itself
    When Alice chooses File > Exit from the Options button on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no password box on PC1

  @SO-11 @AS-01 @assumption @assumption:autoSignInAfterManualSignOut
  Scenario: Logging off Windows while signed in is not signing out by hand: the next logon signs in by itself
    When Alice logs off PC1
    Then the Lync setting "signedOutByUser" of Alice on PC1 is "false"
    When Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no password box on PC1
