@section:troubleshooting
Feature: The password changes while Lync is signed in
  When Alice's password is changed somewhere else while Lync is signed in, the certificate Lync holds stops working.
  The next time Lync connects, it asks for the password in a credential dialog, and the new password signs it in.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-13 @TE-14 @TE-07 @NR-03 @assumption @assumption:wrongPasswordOutcome
  Scenario: After a network drop Lync asks for the new password, and it signs Alice in
    Given Alice has signed in to Lync on PC1 with Save my password cleared
    And Alice changed her password on another device
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    Then Lync on PC1 shows Alice a credential dialog
    And Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice enters her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 shows Alice no credential dialog
