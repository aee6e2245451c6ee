@section:automatic-sign-in
Feature: Advanced Connection Settings: automatic or manual configuration
  Lync normally finds its server by itself from the sign-in address (Automatic configuration). Under Options,
  Personal, Advanced, a user can name the servers instead (Manual configuration). With Office 365 the automatic
  setting is the one to keep; Microsoft gives manual configuration with sipdir.online.lync.com:443 only as a
  temporary workaround while the domain's DNS records are missing. A change takes effect at the next sign-in.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-10
  Scenario: In automatic configuration, server names left in the boxes are ignored
    Given the Advanced Connection Settings of Alice on PC1 are automatic, with "lyncpool.contoso.local:443" left in both server boxes
    When Alice signs in to Lync on PC1 with her password
    Then Lync looked up "lyncdiscover.contoso.com" in DNS
    And Lync did not look up "lyncpool.contoso.local" in DNS
    And Alice is signed in to Lync Online from PC1

  @FS-10 @AS-07 @TE-02 @TE-01
  Scenario: Manual configuration is the workaround while the DNS records are missing
    Given the Lync DNS records of the domain are missing
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain."
    When Alice sets Manual configuration on PC1 with "sipdir.online.lync.com:443" as internal and external server name
    Then the Advanced Connection Settings of Alice on PC1 are manual, with "sipdir.online.lync.com:443" in both server boxes
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync looked up "sipdir.online.lync.com" in DNS

  @FS-10 @AS-07
  Scenario: Manual configuration tries the internal server name first, then the external one
    Given the Lync DNS records of the domain are missing
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 with "lyncpool.contoso.local" as internal and "sipdir.online.lync.com:443" as external server name
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Lync looked up "lyncpool.contoso.local" in DNS
    And Lync looked up "sipdir.online.lync.com" in DNS
    And Alice is signed in to Lync Online from PC1

  @FS-10 @AS-07 @TE-01
  Scenario: A manual server that cannot be found gives the server-unavailable message
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 with "lyncpool.contoso.local" as internal and external server name
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Lync did not look up "lyncdiscover.contoso.com" in DNS
    And the service holds no session for Alice

  @AS-07
  Scenario: A change made while signed in takes effect at the next sign-in
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice sets Manual configuration on PC1 with "lyncpool.contoso.local" as internal and external server name
    Then Alice is signed in to Lync Online from PC1
    And the Lync program of Alice on PC1 was never restarted
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And the service holds no session for Alice
    When Alice sets Automatic configuration on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-10 @AS-07
  Scenario: Manual configuration with only the external server name goes straight to that server
    Given the Lync DNS records of the domain are missing
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 with "" as internal and "sipdir.online.lync.com:443" as external server name
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the only name Lync looked up in DNS was "sipdir.online.lync.com"
