@section:troubleshooting
Feature: Each Lync DNS record on its own
  Lync Online needs four records in the domain's DNS (Microsoft's DNS article, KB 2566790): the CNAMEs lyncdiscover
  and sip, and the SRV records _sip._tls and _sipfederationtls._tcp. Set to configure itself, Lync 2013 asks for the
  Autodiscover names first, the internal one before the external one (KB 2833618), then the _sip._tls record and the
  sip CNAME, and uses the first it finds. So one missing record does not stop sign-in; only when none of them is
  left does Lync say it cannot find a server. The federation record is not looked up for sign-in at all: it serves
  federation with other organizations.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-09
  Scenario: Lync asks for the internal Autodiscover name before the external one
    When Alice signs in to Lync on PC1 with her password
    Then Lync looked up "lyncdiscoverinternal.contoso.com" in DNS before "lyncdiscover.contoso.com"
    And Alice is signed in to Lync Online from PC1
    And Lync did not look up "_sip._tls.contoso.com" in DNS

  @FS-09
  Scenario: Without the lyncdiscover record Lync finds the server through the _sip._tls record
    Given the "lyncdiscover" DNS record of the domain is missing
    When Alice signs in to Lync on PC1 with her password
    Then Lync looked up "lyncdiscover.contoso.com" in DNS before "_sip._tls.contoso.com"
    And Alice is signed in to Lync Online from PC1
    And Lync did not look up "sip.contoso.com" in DNS

  @FS-09
  Scenario: With only the sip CNAME left Lync still finds the server
    Given the "lyncdiscover" DNS record of the domain is missing
    And the "_sip._tls" DNS record of the domain is missing
    When Alice signs in to Lync on PC1 with her password
    Then Lync looked up "_sip._tls.contoso.com" in DNS before "sip.contoso.com"
    And Alice is signed in to Lync Online from PC1

  @TE-02 @FS-09
  Scenario: With none of the sign-in records left, the federation record does not help
    Given the "lyncdiscover" DNS record of the domain is missing
    And the "_sip._tls" DNS record of the domain is missing
    And the "sip" DNS record of the domain is missing
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain."
    And the service holds no session for Alice
    And Lync did not look up "_sipfederationtls._tcp.contoso.com" in DNS
    When the administrator restores the Lync DNS records of the domain
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-09
  Scenario: A missing federation record does not affect sign-in
    Given the "_sipfederationtls._tcp" DNS record of the domain is missing
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync did not look up "_sipfederationtls._tcp.contoso.com" in DNS
