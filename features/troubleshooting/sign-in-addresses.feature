@section:troubleshooting
Feature: Which sign-in addresses Lync Online accepts
  Microsoft's sign-in article (KB 2541980) lists, with "The username, password or domain appears to be incorrect.",
  an apostrophe in the SIP address: Lync Online does not support it. The administrator gives the user an address
  without one.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-07
  Scenario: A sign-in address with an apostrophe is turned down, the same address without one signs in
    Given Alice's sign-in address was changed to "alice.o'neil@contoso.com"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And the service holds no session for Alice
    When Alice cancels the credential dialog on PC1
    And Alice's sign-in address was changed to "alice.oneil@contoso.com"
    And Alice types her sign-in address on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
