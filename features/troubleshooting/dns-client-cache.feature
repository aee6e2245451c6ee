@section:troubleshooting
Feature: The computer's DNS client cache
  Windows keeps the DNS answers it got for a while, including "no such record". After the administrator fixes the
  domain's Lync records, a computer that asked before keeps its old answer until that answer expires or someone runs
  ipconfig /flushdns on it.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the DNS client cache of PC1 keeps answers for 15 minutes
    And the Lync DNS records of the domain are missing

  @DC-12 @TE-02
  Scenario: A fixed record is seen at once after ipconfig /flushdns
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain."
    And the DNS client cache of PC1 holds an answer for "lyncdiscover.contoso.com"
    When the administrator restores the Lync DNS records of the domain
    And Alice clicks Sign In on PC1
    Then the service holds no session for Alice
    And Alice sees the sign-in window on PC1
    When Alice runs ipconfig /flushdns on PC1
    Then the DNS client cache of PC1 holds no answer for "lyncdiscover.contoso.com"
    When Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @DC-12 @TE-02
  Scenario: Without a flush, the fixed record is seen once the cached answer expires
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain."
    When the administrator restores the Lync DNS records of the domain
    And 14 minutes pass
    And Alice clicks Sign In on PC1
    Then the service holds no session for Alice
    When 1 minute passes
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
