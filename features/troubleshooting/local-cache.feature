@section:troubleshooting
Feature: Sign-in errors that come from what Lync cached on the computer
  A damaged or out-of-date cache is a fault of one person on one computer. Delete my sign-in info clears it, and the
  next sign-in with the password builds it again.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @TE-05 @DC-03
  Scenario: The cached certificate is damaged
    Given the certificate cached for Alice on PC1 is damaged
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    When Alice deletes her sign-in info on PC1
    Then the credential cache of Alice on PC1 holds nothing for Alice
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds Alice's certificate

  @DC-08 @TE-05
  Scenario: The sign-in address was changed by the administrator
    Given Alice's sign-in address was changed to "alice.smith@contoso.com"
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team."
    When Alice deletes her sign-in info on PC1
    And Alice types her sign-in address on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @DC-10 @assumption @assumption:staleEndpointMessage
  Scenario: The front end Lync cached has been retired
    Given the front end cached for Alice on PC1 has been retired
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    When Alice deletes her sign-in info on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
