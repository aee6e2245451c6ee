@section:troubleshooting
Feature: A server trusted with "Always trust this server" is remembered, and only then
  The trust prompt names a server outside the sign-in domain and outside the domains Lync trusts by default. With
  "Always trust this server" ticked, Connect adds that server to the ones Lync trusts, kept in the user's settings, so
  the prompt does not come back, not even after Lync exits and starts again. Connect alone trusts it for that sign-in
  only: the next sign-in asks again. Cancel ends that sign-in and keeps what Lync saved: no password is asked for.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-08 @TE-10
  Scenario: "Always trust this server" is kept in Alice's settings and holds after Lync exits and starts again
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    And Alice ticks "Always trust this server" and clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync setting "trustedServers" of Alice on PC1 is "['lyncweb.contoso-hosting.net']"
    When Alice chooses File > Exit from the Options button on PC1
    Then no Lync process runs for Alice on PC1
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice is signed in to Lync Online from PC1
    And the trust prompt opened 1 time for Alice on PC1

  @FS-08 @TE-10
  Scenario: Connect without "Always trust this server" trusts the server for this sign-in only
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    And Alice clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    And the service holds no session for Alice
    And the trust prompt opened 2 times for Alice on PC1
    When Alice clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-08 @TE-10 @SO-05
  Scenario: Cancel on the trust prompt keeps the saved password; the sign-in window asks for none
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1
    And Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice clicks Sign In on PC1
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice clicks "Cancel" in the trust prompt on PC1
    Then Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    And Alice sees no password box on PC1
    And the credential cache of Alice on PC1 holds Alice's password
    And the service holds no session for Alice
    When Alice clicks Sign In on PC1
    And Alice clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1
