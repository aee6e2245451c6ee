@section:troubleshooting
Feature: Proxies and the Sign-In Assistant
  Lync signs in to Office 365 through the Microsoft Online Services Sign-In Assistant (msoidsvc.exe), which reads
  the proxy only from Internet Options > Connections > LAN settings and cannot use a PAC script read from a file.
  Microsoft's proxy article (KB 2769142) gives two fixes for users, a PAC script served over HTTP or Automatically
  detect settings with WPAD, and one for administrators: an application entry for msoidsvc in the TMG client
  settings, for when the assistant's traffic goes around the TMG firewall client.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-17
  Scenario: Automatically detect settings with WPAD instead of a file-based PAC script
    Given the proxy of PC1 is set by a file-based PAC script
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    When the proxy of PC1 is changed to Automatically detect settings with WPAD
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-17 @TE-06
  Scenario: The Sign-In Assistant goes around the TMG firewall client until it has an application entry
    Given the Sign-In Assistant's traffic does not go through the TMG firewall client on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    When the administrator adds an application entry for msoidsvc to the TMG client settings
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-17
  Scenario: Away from the organization's firewall the same computer signs in
    Given the Sign-In Assistant's traffic does not go through the TMG firewall client on the organization's network
    When PC1 is moved to the internet
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1

  @TE-17 @TE-06
  Scenario: With the Sign-In Assistant service stopped, Lync cannot sign in until the service runs again
    Given the Microsoft Online Services Sign-in Assistant service is stopped on PC1
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    And the Sign-In Assistant service on PC1 is stopped
    When the support desk starts the Microsoft Online Services Sign-in Assistant service on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Sign-In Assistant service on PC1 is running

  @TE-17 @TE-06
  Scenario: A stopped Sign-In Assistant starts again with the computer, because Windows starts it automatically
    Given the Microsoft Online Services Sign-in Assistant service is stopped on PC1
    When Alice shuts down PC1
    And PC1 is started again
    Then the Sign-In Assistant service on PC1 is running
    When Alice logs on to PC1
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1

  @TE-17 @TE-06
  Scenario: A disabled Sign-In Assistant cannot be started, nor does a restart start it, until its startup type is Automatic again
    Given the Microsoft Online Services Sign-in Assistant service is disabled on PC1
    When the support desk starts the Microsoft Online Services Sign-in Assistant service on PC1
    Then the Sign-In Assistant service on PC1 is stopped
    When Alice shuts down PC1
    And PC1 is started again
    Then the Sign-In Assistant service on PC1 is stopped
    When Alice logs on to PC1
    And Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    When the support desk sets the Microsoft Online Services Sign-in Assistant service on PC1 to start automatically and starts it
    Then the Sign-In Assistant service on PC1 is running
    When Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
