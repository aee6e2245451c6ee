@section:network
Feature: The network drops, and Lync recovers
  With no network, Lync says sign-in is delayed and tries again every 30 seconds; when the network comes back it
  signs in by itself. A drop while signed in is a lost connection, which Lync mends on its own, window open or not.
  Firewalls and proxies that stand between one network and Lync Online hit that network only.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-23 @NR-01 @assumption @assumption:networkDelayMessage
  Scenario: No network at sign-in: delayed, retried every 30 seconds, and signed in when the network returns
    Given PC1 is offline
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    And Alice sees the signing-in screen on PC1
    When 95 seconds pass
    Then Lync for Alice on PC1 tried to sign in 3 times in the last 95 seconds
    When PC1 goes on the organization's network
    Then Alice is signed in to Lync Online from PC1

  @NR-04 @assumption @assumption:signInAutoRetry
  Scenario: With sign-in auto-retry turned off, a sign-in with no network gives up
    Given sign-in auto-retry is turned off in Lync
    And PC1 is offline
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    And Alice sees the sign-in window on PC1
    When 2 minutes pass
    Then Lync for Alice on PC1 tried to sign in 0 times in the last 2 minutes
    When PC1 goes on the organization's network
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @NR-03 @NR-07
  Scenario: The network drops while Alice is signed in, and Lync reconnects by itself
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    And Alice's contact list on PC1 shows presence as unknown
    And Bob, a colleague, sees Alice as Offline
    When PC1 goes on the organization's network
    Then Alice is signed in to Lync Online from PC1
    And Alice's contact list on PC1 shows presence as up to date
    And Alice sees no message on PC1

  @NR-07 @NR-03 @SO-02
  Scenario: The network drops while the window is closed to the notification area
    Given Bob has an Office 365 account
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Close from the Options button on PC1
    When PC1 goes offline
    And 2 minutes pass
    Then Bob, a colleague, sees Alice as Offline
    And Alice sees no Lync window on PC1
    And the Lync icon is in the notification area of Alice on PC1
    When PC1 goes on the organization's network
    And Bob sends Alice an instant message
    Then Alice sees an alert from Bob on PC1
    And Alice is signed in to Lync Online from PC1
    When Alice clicks the Lync icon in the notification area on PC1
    Then Alice sees the main window on PC1
    And Alice sees no message on PC1

  @NR-11
  Scenario: Lync does not sign out after a long time without a network
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When PC1 goes offline
    And 45 minutes pass
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    And Alice sees the main window on PC1
    When PC1 goes on the organization's network
    Then Alice is signed in to Lync Online from PC1

  @NR-06 @SO-13
  Scenario: A slow sign-in can only be waited for or cancelled by signing out
    Given answers from Lync Online take 90 seconds
    When Alice signs in to Lync on PC1 with her password
    And 1 minute passes
    Then Alice sees the signing-in screen on PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And 5 minutes pass
    Then Alice sees the sign-in window on PC1
    And the service holds no session for Alice

  @TE-18
  Scenario: A firewall on the organization's network blocks Lync Online; at home it works
    Given the organization's firewall blocks Lync Online
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    When PC1 is moved to the internet
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And PC1 is moved to the organization's network
    And the firewall is opened for the ports the Transport Reliability IP Probe reported
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-17
  Scenario: A proxy set by a file-based PAC script keeps the sign-in assistant from the identity provider
    Given the proxy of PC1 is set by a file-based PAC script
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    When the proxy of PC1 is changed to a PAC script served over HTTP
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
