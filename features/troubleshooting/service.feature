@section:troubleshooting
Feature: Sign-in errors that come from the service
  When the service itself is the problem, everyone in the tenant is affected, on every computer. Some of these
  errors make Lync keep trying by itself; the others need the user to sign in again once the service is back.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-01
  Scenario: The DNS records are there but the Lync Online servers do not answer
    Given the Lync Online servers are not answering
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And the service holds no session for Alice
    When the Lync Online servers answer again
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-08 @NR-05
  Scenario: The identity provider cannot be reached, and Lync keeps retrying
    Given the identity provider cannot be reached
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is not responding or cannot be reached. Sign-in may be delayed while we retry the connection."
    And Alice sees the signing-in screen on PC1
    When 95 seconds pass
    Then Lync for Alice on PC1 tried to sign in 3 times in the last 95 seconds
    And the service holds no session for Alice
    When the identity provider is reachable again
    And 30 seconds pass
    Then Alice is signed in to Lync Online from PC1
    And Alice sees the main window on PC1

  @TE-20 @NR-08 @TE-09 @TE-01
  Scenario: An outage signs out everyone, and afterwards the old certificates need deleting
    Given Bob has an Office 365 account
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Bob has signed in to Lync on PC2 with Save my password ticked
    When Lync Online has an outage
    Then the service holds no session for Alice
    And the service holds no session for Bob
    And Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    And Lync on PC2 tells Bob "Lync lost the connection to the server and is trying to reconnect."
    When 1 minute passes
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Lync on PC2 tells Bob "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    When Lync Online is restored
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "Cannot sign into Lync. There was a problem verifying the certificate from the server."
    When Alice deletes her sign-in info on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
