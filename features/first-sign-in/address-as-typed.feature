@section:first-sign-in
Feature: The sign-in address as Alice types it, and the message of the last attempt
  Spaces typed around the sign-in address are not part of it. A message from a failed sign-in stays on the sign-in
  screen until Alice tries again: clicking Sign In starts a new attempt with no old message on screen.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-03 @FS-05
  Scenario: Spaces around the typed sign-in address are dropped
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice types the sign-in address "  alice@contoso.com  " on PC1
    Then the sign-in address box on PC1 holds Alice's sign-in address
    When Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync setting "signInAddress" of Alice on PC1 is "'alice@contoso.com'"

  @TE-01 @FS-08
  Scenario: Clicking Sign In again takes the old message away while the new attempt waits
    Given the Lync Online servers are not answering
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    When the Lync Online servers answer again
    And Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    And Alice clicks Sign In on PC1
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    And Alice sees no message on PC1
