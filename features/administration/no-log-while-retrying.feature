@section:troubleshooting
Feature: No failure log while Lync is still retrying
  A sign-in that Lync keeps retrying has not failed yet. If it works in the end, Lync sends no failure log to
  Microsoft, just as for any sign-in that works.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-14 @TE-08 @NR-05
  Scenario: The identity provider comes back while Lync retries: signed in, and no log sent
    Given the identity provider cannot be reached
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is not responding or cannot be reached. Sign-in may be delayed while we retry the connection."
    When 65 seconds pass
    And the identity provider is reachable again
    And 30 seconds pass
    Then Alice is signed in to Lync Online from PC1
    And Microsoft received no sign-in failure log for Alice
