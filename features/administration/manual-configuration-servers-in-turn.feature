@section:automatic-sign-in
Feature: Which server Lync tries next
  Set to configure itself, Lync goes on to the next DNS name only when a name has no record: a server it found that
  does not answer ends the sign-in with the server-unavailable message. In Manual configuration a server that does
  not answer gives way to the other server name too. Neither is the case when the network is down (Lync waits and
  retries), nor once a server has been reached (a SIP connection that TLS cannot carry goes over HTTP instead).

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-09 @TE-01
  Scenario: Set to configure itself, Lync does not go past a server that was found but does not answer
    Given the Lync Online servers are not answering
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Lync looked up "lyncdiscover.contoso.com" in DNS
    And Lync did not look up "_sip._tls.contoso.com" in DNS
    And Lync did not look up "sip.contoso.com" in DNS
    When the Lync Online servers answer again
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-10 @AS-07 @NR-06
  Scenario: In Manual configuration, a server that does not answer gives way to the external server name
    Given the Lync DNS records of the domain are missing
    And the Lync Online servers are not answering
    And answers from Lync Online take 30 seconds
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 with "sipdir.online.lync.com" as internal and "sipdir.online.lync.com:443" as external server name
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    And 10 seconds pass
    And the Lync Online servers answer again
    And 3 minutes pass
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 never showed Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."

  @FS-10 @AS-07 @NR-01 @TE-23
  Scenario: In Manual configuration, no network is not an unavailable server: Lync waits and retries
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 with "lyncpool.contoso.local" as internal and "sipdir.online.lync.com:443" as external server name
    And Alice clicks Sign In on PC1
    And PC1 goes offline
    And Alice enters her password and clicks Sign In on PC1
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    And Alice sees the signing-in screen on PC1
    When PC1 goes on the organization's network
    And 30 seconds pass
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 never showed Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."

  @FS-10 @AS-07 @FS-16 @assumption @assumption:httpFallback
  Scenario: In Manual configuration, a firewall that drops SIP over TLS still lets Lync sign in over HTTP
    Given the organization's firewall blocks SIP over TLS and allows HTTP
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 with "sipdir.online.lync.com:443" as internal and external server name
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 registered Alice over "TLS, then HTTP"

  @FS-10 @AS-07 @FS-09
  Scenario: Manual configuration with both server boxes left empty: Lync looks the domain up as it does by itself
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 and leaves both server boxes empty
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync looked up "lyncdiscover.contoso.com" in DNS
