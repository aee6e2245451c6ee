@section:sign-out
Feature: Signing out while Lync retries a sign-in
  When Lync cannot reach the sign-in service it keeps retrying and says so on the sign-in screen. Signing out is
  the way to stop it: Lync goes back to the sign-in window, stops retrying, and the retry message goes with it.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @SO-04 @SO-13 @TE-08
  Scenario: Sign Out while Lync retries takes the retry message away and stops the retries
    Given the identity provider cannot be reached
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is not responding or cannot be reached. Sign-in may be delayed while we retry the connection."
    When Alice chooses File > Sign Out from the Options button on PC1
    Then Alice sees the sign-in window on PC1
    And Alice sees no message on PC1
    And the service holds no session for Alice
    When the identity provider is reachable again
    And 2 minutes pass
    Then the service holds no session for Alice
    And Lync for Alice on PC1 sent no request in the last 2 minutes
