@section:troubleshooting
Feature: The password changes while Lync is signed in with the password saved
  Lync signed in with Save my password ticked keeps the password and the certificate on the computer. When the
  password is changed somewhere else, that certificate stops working too. At the next connection Lync asks for the
  password; the one Alice types then signs her in, and Lync does not go back to the saved certificate it was refused.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-13 @TE-14 @TE-07 @NR-03 @assumption @assumption:wrongPasswordOutcome
  Scenario: After a network drop the new password typed in the credential dialog signs Alice in
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice changed her password on another device
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    Then Lync on PC1 shows Alice a credential dialog
    And Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice enters her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 shows Alice no credential dialog
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
