@section:troubleshooting
Feature: Sign-in errors that come from DNS
  Lync finds Lync Online through the Autodiscover records of the sign-in address's domain (lyncdiscover, sip and the
  SRV records). When they are missing, or not yet visible everywhere, Lync cannot find a server. Only people whose
  sign-in address is in that domain are affected, on every computer.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-09
  Scenario: Lync finds Lync Online through the domain's Autodiscover record
    When Alice signs in to Lync on PC1 with her password
    Then Lync looked up "lyncdiscover.contoso.com" in DNS
    And Alice is signed in to Lync Online from PC1

  @TE-02 @FS-09
  Scenario: The domain has no Lync DNS records
    Given the Lync DNS records of the domain are missing
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain."
    And Alice sees the sign-in window on PC1
    And the service holds no session for Alice
    When the administrator restores the Lync DNS records of the domain
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-19 @TE-02
  Scenario: The records of a new custom domain are still propagating
    Given the Lync DNS records of the domain were just added and are still propagating
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain."
    When 72 hours pass
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
