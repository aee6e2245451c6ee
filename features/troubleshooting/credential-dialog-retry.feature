@section:troubleshooting
Feature: Signing in again from the credential dialog
  After a mistyped password, Lync shows the credential dialog with the message about the user name or password. The
  password typed in the dialog starts a new sign-in, and the old message goes away while Lync signs in.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-13 @TE-07 @FS-12 @assumption @assumption:wrongPasswordOutcome
  Scenario: The password typed in the credential dialog starts a new sign-in without the old message
    Given answers from Lync Online take 10 seconds
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    And 1 minute passes
    Then Lync on PC1 shows Alice a credential dialog
    And Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice enters her password in the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Alice sees the "main" window of Lync on PC1 showing the "signing-in" screen
    And Alice sees no message on PC1
    And the service holds no session for Alice
    When 1 minute passes
    Then Alice is signed in to Lync Online from PC1
    And Alice sees the "main" window of Lync on PC1 showing the "contacts" screen
