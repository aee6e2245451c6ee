@section:delete-sign-in-info
Feature: What Lync keeps on the computer, and removing it by hand
  Lync 2013 keeps, for each Windows user and sign-in address, a registry key under
  HKEY_CURRENT_USER\Software\Microsoft\Office\15.0\Lync, a sip_<address> folder under the user's local application
  data, and its client certificate in the user's personal certificate store. Delete my sign-in info removes them.
  When that is not enough, the support desk exits Lync and removes the registry key, the sip_ folder, the Tracing
  folder and AccountProfiles.dat by hand; the next start is then like a first sign-in.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @DC-09 @DC-01
  Scenario: Where the sign-in info lives after a sign-in with the password saved
    Then the registry key of Alice's sign-in address on PC1 exists
    And the sip_ folder of Alice on PC1 exists
    And the personal certificate store of Alice on PC1 holds a Lync certificate
    And AccountProfiles.dat of Alice on PC1 exists

  @DC-09
  Scenario: After the cache is removed by hand, the next start asks for the password like a first sign-in
    When the support desk removes the Lync cache of Alice on PC1 by hand
    Then no Lync process runs for Alice on PC1
    And the service holds no session for Alice
    And the registry key of Alice's sign-in address on PC1 is gone
    And the sip_ folder of Alice on PC1 is gone
    And the Tracing folder of Alice on PC1 is gone
    And AccountProfiles.dat of Alice on PC1 is gone
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then the service holds no session for Alice
    And Alice sees the sign-in window on PC1
    When Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the sip_ folder of Alice on PC1 exists
    And the registry key of Alice's sign-in address on PC1 exists

  @DC-09 @DC-10 @assumption @assumption:staleEndpointMessage
  Scenario: Deleting only the sip_ folder clears a stale endpoint and keeps the saved password
    Given the front end cached for Alice on PC1 has been retired
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    When the support desk deletes the sip_ folder of Alice on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds Alice's password

  @DC-11 @DC-03
  Scenario: In Lync 2013, Delete my sign-in info also removes the certificate: no Certificate Manager step is needed
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice deletes her sign-in info on PC1
    Then the personal certificate store of Alice on PC1 holds no Lync certificate
    And the registry key of Alice's sign-in address on PC1 is gone
    And the sip_ folder of Alice on PC1 is gone

  @MU-06 @DC-01
  Scenario: When another person signs in at the same Lync, Lync shows only that person's information
    Given Bob has an Office 365 account
    When Alice chooses File > Sign Out from the Options button on PC1
    And Bob, at Alice's desktop on PC1, signs in with his own sign-in address and password
    Then Alice's Lync on PC1 shows Bob's information and none of Alice's
    And Bob is signed in to Lync Online from PC1
    And the service holds no session for Alice
    And the profile of Alice on PC1 holds a sip_ folder for Bob
    And the profile of Alice on PC1 holds a sip_ folder for Alice
