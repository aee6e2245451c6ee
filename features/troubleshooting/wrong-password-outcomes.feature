@section:troubleshooting
Feature: What a wrong password brings, in each reading of the sources
  The sources do not agree on what Lync shows after a wrong password: the credential dialog (FS-13), the message
  "The username, password or domain appears to be incorrect." (TE-07), or both. Lync here shows both by default;
  these scenarios check the two other readings, so that whichever one is right, the rest of the sign-in holds.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome
  Scenario: The credential dialog alone, with no message under it
    Given Lync answers a wrong password with the credential dialog alone
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 shows Alice a credential dialog
    And Alice sees no message on PC1
    And the service holds no session for Alice
    When Alice enters her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-07 @TE-14 @NR-03 @assumption @assumption:wrongPasswordOutcome
  Scenario: The message alone: after a password change elsewhere, reconnecting ends on the sign-in screen with a password box
    Given Lync answers a wrong password with the message alone
    And Alice has signed in to Lync on PC1 with Save my password cleared
    And Alice changed her password on another device
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice no credential dialog
    And Alice sees the sign-in window on PC1
    And Alice sees a password box on PC1
    And the service holds no session for Alice
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-07 @TE-14 @NR-03 @assumption @assumption:wrongPasswordOutcome
  Scenario: The message alone, with the password saved: the sign-in screen still has a password box for the new password
    Given Lync answers a wrong password with the message alone
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice changed her password on another device
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice no credential dialog
    And Alice sees a password box on PC1
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
