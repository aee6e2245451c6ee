@section:first-sign-in
Feature: TLS first, then HTTP
  Lync connects to its server over TLS. When a firewall lets no TLS through, Lync tries again over HTTP and signs in
  that way, unless an administrator turned the HTTP fallback off with a policy. Microsoft's documents disagree here:
  one says Lync 2013 uses TLS only, so the fallback is an assumption.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-16
  Scenario: With nothing blocked, Lync signs in over TLS alone
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 registered Alice over "TLS"

  @FS-16 @assumption @assumption:httpFallback
  Scenario: With TLS blocked and HTTP allowed, sign-in falls back to HTTP
    Given the organization's firewall blocks SIP over TLS and allows HTTP
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 registered Alice over "TLS, then HTTP"

  @FS-16 @AS-09
  Scenario: With DisableHttpConnect set, TLS blocked means no sign-in
    Given Group Policy sets "Disable HTTP fallback for SIP connection" to Enabled in the Computer Configuration of PC1
    And the organization's firewall blocks SIP over TLS and allows HTTP
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And the service holds no session for Alice
    And Lync on PC1 registered Alice over "TLS"
    When the organization's firewall is opened for SIP over TLS
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1

  @FS-16 @TE-03
  Scenario: A server that answers over TLS and turns Lync away is not asked again over HTTP
    Given the Lync installed for Alice on PC1 is a version the service no longer accepts
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "You may have entered your sign-in address, user name, or password incorrectly, or the authentication service may be incompatible with this version of the program."
    And the service holds no session for Alice
    And Lync on PC1 registered Alice over "TLS"
