@section:troubleshooting
Feature: Certificates and trusted servers
  Lync checks the certificates of the servers it talks to. A server outside the sign-in domain and outside the
  domains Lync trusts by default brings a prompt rather than an error. A certificate chain the computer cannot
  verify delays sign-in until it can, on that computer only.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-08
  Scenario: Web services under lync.com are trusted without asking
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @FS-08 @TE-10
  Scenario: A server outside the trusted domains brings the trust prompt; "Always trust" keeps it from coming back
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    And the service holds no session for Alice
    When Alice ticks "Always trust this server" and clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the trust prompt opened 1 time for Alice on PC1

  @FS-08 @TE-10 @SO-02
  Scenario: Closing the Lync window while the trust prompt waits cancels that sign-in instead of leaving it hanging
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    And Alice chooses File > Close from the Options button on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And the service holds no session for Alice
    When Alice clicks the Lync icon in the notification area on PC1
    Then Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    When Alice clicks Sign In on PC1
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-09 @NR-05
  Scenario: The computer cannot verify the identity provider's certificate chain
    Given PC1 lacks the root certificate of the identity provider's certificate chain
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "There was a problem verifying the certificate from the server. Sign-in may be delayed while we retry the connection."
    And Alice sees the signing-in screen on PC1
    When the trusted root certificate is installed on PC1
    And 30 seconds pass
    Then Alice is signed in to Lync Online from PC1
