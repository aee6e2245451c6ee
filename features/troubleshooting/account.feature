@section:troubleshooting
Feature: Sign-in errors that come from the account
  A fault in one person's account affects that person only, on every computer, while others on the same computer
  sign in as usual.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-07 @FS-13 @assumption @assumption:wrongPasswordOutcome
  Scenario: A mistyped password brings the credential dialog and the message
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 shows Alice a credential dialog
    And Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Alice sees the signing-in screen on PC1
    And the service holds no session for Alice
    When Alice enters her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-12 @TE-07
  Scenario: A forgotten password is reset by the support desk
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice cancels the credential dialog on PC1
    Then Alice sees the sign-in window on PC1
    When the support desk resets Alice's password
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-14 @DC-07 @TE-07
  Scenario: The password was changed elsewhere while the old one is still saved
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice changed her password on another device
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Alice sees no password box on PC1
    When Alice deletes her sign-in info on PC1
    Then Alice sees a password box on PC1
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-06 @TE-15 @FS-11
  Scenario: An account without a Lync Online licence, licensed and then provisioned
    Given Alice's account is not licensed for Lync Online
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    When the administrator licenses Alice for Lync Online
    And 10 minutes pass
    And Alice clicks Sign In on PC1
    Then the service holds no session for Alice
    When 20 minutes pass
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-11 @TE-15
  Scenario: A newly licensed user is not provisioned yet
    Given Alice's account was licensed just now and is still being provisioned
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    When 30 minutes pass
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-16 @TE-06
  Scenario: An account that is not enabled for Lync
    Given Alice's account is not enabled for Lync
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    When the administrator enables Alice for Lync
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-06
  Scenario: Two people share a computer and only the one with the account fault cannot sign in
    Given Bob has an Office 365 account
    And Bob's account is not licensed for Lync Online
    And Bob is logged on to PC1 on the organization's network
    And Lync was installed for Bob on PC1 from the Office 365 portal
    When Alice signs in to Lync on PC1 with her password
    And Bob signs in to Lync on PC1 with his password
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 tells Bob "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the service holds no session for Bob
