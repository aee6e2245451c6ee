@section:first-sign-in
Feature: A sign-in address typed with capitals
  The domain of the sign-in address decides which servers Lync looks for and which servers it trusts. Domain names
  have no case, and spaces around the address are not part of it: Lync finds the same servers and names the same
  domain however Alice types it (spaces: first-sign-in/address-as-typed.feature).

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the Lync DNS records of the domain are missing

  @FS-03 @FS-09 @TE-02
  Scenario Outline: Typed as "<typed>", the address's domain is contoso.com: the lookups and the message say so
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice types the sign-in address "<typed>" on PC1
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Lync on PC1 tells Alice "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain."
    And Lync looked up "lyncdiscover.contoso.com" in DNS

    Examples:
      | typed             |
      | Alice@Contoso.COM |
      | ALICE@CONTOSO.COM |
