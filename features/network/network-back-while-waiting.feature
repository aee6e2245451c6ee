@section:network
Feature: The network coming back does not restart what is waiting on Alice
  When the network comes back, Lync starts again a sign-in that was waiting for it. It does not sign in by itself
  after Alice signed out, and it does not throw away a question it is waiting for her to answer: the trust prompt
  or the credential dialog stays as it was.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @SO-04 @NR-03
  Scenario: After Sign Out, the network coming back does not sign Alice in
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1
    When PC1 goes offline
    And PC1 goes on the organization's network
    And 1 minute passes
    Then Alice sees the sign-in window on PC1
    And the service holds no session for Alice
    And Lync for Alice on PC1 sent no request in the last 1 minute

  @FS-08 @TE-10 @NR-01
  Scenario: The network drops and comes back while the trust prompt waits: the prompt stays
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    And PC1 goes offline
    And PC1 goes on the organization's network
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    And the trust prompt opened 1 time for Alice on PC1
    And Lync for Alice on PC1 has sent 2 requests
    When Alice clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-13 @TE-07 @NR-01 @assumption @assumption:wrongPasswordOutcome
  Scenario: The network drops and comes back while the credential dialog waits: the dialog stays
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When PC1 goes offline
    And PC1 goes on the organization's network
    Then Lync on PC1 shows Alice a credential dialog
    And the credential dialog opened 1 time for Alice on PC1
    When Alice enters her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1

  @NR-03 @NR-07
  Scenario: Back on the network, Alice's chosen presence is published again
    Given Bob has an Office 365 account
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Bob is signed in to Lync on PC2
    And Bob has Alice in his contact list
    And Alice has set her presence to Busy on PC1
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    And 1 minute passes
    Then Alice is signed in to Lync Online from PC1
    And Bob, a colleague, sees Alice as Busy

  @NR-03 @NR-07 @FS-12
  Scenario: While Lync reconnects it keeps saying so until it is signed in again
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And answers from Lync Online take 20 seconds
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When 1 minute passes
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no message on PC1
