@section:network
Feature: People of another organization: external contacts, their presence and instant messages across the boundary
  Fred works at Fabrikam, another organization on Lync Online, with its own domain, fabrikam.com. Alice of Contoso
  adds him by his sign-in address; his presence and their instant messages then pass through Lync Online's federation
  edge, which lets them through only when both organizations have external communications on and do not block each
  other's domain (set-up-external-communication.md, KB 10041), and when each domain has its federation SRV record
  _sipfederationtls._tcp (5061, sipfed.online.lync.com; KB 2566790). When it does not, the external contact shows
  as Presence Unknown and an instant message is not delivered, with a message that says why
  (cannot-communicate-with-external-contacts.md). An external contact still holding someone's old sign-in address
  sees it as Presence Unknown or Offline until adding the new one (KB 2537764).

  Background:
    Given Alice has an Office 365 account
    And Fred has an Office 365 account at fabrikam.com
    And Fred is logged on to PC3 on the internet
    And Lync was installed for Fred on PC3 from the Office 365 portal

  @kb:10041
  Scenario: An external contact added by address: presence passes both ways and an instant message is delivered
    Given Alice is signed in to Lync on PC1
    And Fred is signed in to Lync on PC3
    And Fred has Alice in his contact list
    When Alice adds Fred to her contact list in Lync on PC1
    Then the contact list Lync Online keeps for Alice holds "Fred"
    And the contact list Lync Online keeps for Fred holds "Alice"
    And Alice's Lync on PC1 shows Fred as Available
    And Fred's Lync on PC3 shows Alice as Available
    And Lync Online's federation edge routed Alice's request for the presence of Fred
    When Fred sets his presence to Busy on PC3
    Then Alice's Lync on PC1 shows Fred as Busy
    When Alice sends Fred an instant message
    Then Fred sees an alert from Alice on PC3
    And the message to Fred reached 1 endpoint
    And Lync Online's federation edge routed the instant message from Alice to Fred

  @kb:10041
  Scenario: An external contact who is not signed in shows as Offline, as a colleague does
    Given Alice is signed in to Lync on PC1
    When Alice adds Fred to her contact list in Lync on PC1
    Then Alice's Lync on PC1 shows Fred as Offline
    When Fred signs in to Lync on PC3 with his password
    Then Alice's Lync on PC1 shows Fred as Available
    When Fred chooses File > Sign Out from the Options button on PC3
    Then Alice's Lync on PC1 shows Fred as Offline

  @FS-15 @kb:10041
  Scenario: The address book is her own organization's: a search by name finds her colleague, not Fred; she adds him by address
    Given Frank has an Office 365 account
    And Alice is signed in to Lync on PC1
    When Alice searches for "Fr" in Lync on PC1
    Then Alice's search in Lync on PC1 finds "Frank"
    When Alice adds Fred to her contact list in Lync on PC1
    Then Alice's Lync on PC1 lists the contacts "Fred"
    And Alice's Lync on PC1 shows Fred as Offline

  @kb:2566790 @kb:2566829
  Scenario: The other domain has no federation SRV record: Presence Unknown, and the message is not delivered
    Given fabrikam.com has no _sipfederationtls._tcp record in its DNS
    And Alice is signed in to Lync on PC1
    And Fred is signed in to Lync on PC3
    When Alice adds Fred to her contact list in Lync on PC1
    Then the contact list Lync Online keeps for Alice holds "Fred"
    And Alice's Lync on PC1 shows Fred as Presence Unknown
    And Lync Online's federation edge refused Alice's request for the presence of Fred: "fabrikam.com has no _sipfederationtls._tcp record"
    When Alice sends Fred an instant message
    Then Alice has seen the alerts "Lync: This message was not delivered to fred@fabrikam.com because the address is outside your organization and is not federated with your company, or the address is incorrect. Please contact your support team with this information." on PC1
    And Fred has seen no alert on PC3
    And Lync Online's federation edge refused the instant message from Alice to Fred: "fabrikam.com has no _sipfederationtls._tcp record"
    When the administrator of fabrikam.com adds the _sipfederationtls._tcp record to its DNS
    And Alice sends Fred an instant message
    Then Fred sees an alert from Alice on PC3
    And Lync Online's federation edge routed the instant message from Alice to Fred

  @kb:2566790
  Scenario: Without its own federation record an organization cannot be reached: the other side's message is not delivered
    Given the "_sipfederationtls._tcp" DNS record of the domain is missing
    And Alice is signed in to Lync on PC1
    And Fred is signed in to Lync on PC3
    When Fred adds Alice to his contact list in Lync on PC3
    Then Fred's Lync on PC3 shows Alice as Presence Unknown
    And Lync Online's federation edge refused Fred's request for the presence of Alice: "contoso.com has no _sipfederationtls._tcp record"
    When Fred sends Alice an instant message
    Then Fred has seen the alerts "Lync: This message was not delivered to alice@contoso.com because the address is outside your organization and is not federated with your company, or the address is incorrect. Please contact your support team with this information." on PC3
    And Alice has seen no alert on PC1
    When the administrator restores the Lync DNS records of the domain
    And Fred chooses File > Sign Out from the Options button on PC3
    And Fred clicks Sign In on PC3
    Then Fred's Lync on PC3 shows Alice as Available
    And Lync Online's federation edge routed Fred's request for the presence of Alice

  @kb:10041
  Scenario: External communications turned off in her own organization: every external contact is Presence Unknown
    Given the administrator of contoso.com has turned off external communications
    And Alice is signed in to Lync on PC1
    And Fred is signed in to Lync on PC3
    When Alice adds Fred to her contact list in Lync on PC1
    Then Alice's Lync on PC1 shows Fred as Presence Unknown
    And Lync Online's federation edge refused Alice's request for the presence of Fred: "external communications are off at contoso.com"
    When Alice sends Fred an instant message
    Then Alice has seen the alerts "Lync: This message was not delivered to fred@fabrikam.com because the address is outside your organization and is not federated with your company, or the address is incorrect. Please contact your support team with this information." on PC1
    And Fred has seen no alert on PC3
    When the administrator of contoso.com turns on external communications
    And Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Alice's Lync on PC1 shows Fred as Available

  @kb:10041
  Scenario: External communications turned off in the other organization stop the message too
    Given the administrator of fabrikam.com has turned off external communications
    And Alice is signed in to Lync on PC1
    And Fred is signed in to Lync on PC3
    When Alice sends Fred an instant message
    Then Alice has seen the alerts "Lync: This message was not delivered to fred@fabrikam.com because the address is outside your organization and is not federated with your company, or the address is incorrect. Please contact your support team with this information." on PC1
    And Fred has seen no alert on PC3
    And Lync Online's federation edge refused the instant message from Alice to Fred: "external communications are off at fabrikam.com"
    When the administrator of fabrikam.com turns on external communications
    And Alice sends Fred an instant message
    Then Fred sees an alert from Alice on PC3

  @kb:10041
  Scenario: A blocked domain: its people are Presence Unknown to hers, and hers to them
    Given the administrator of contoso.com has blocked fabrikam.com in external communications
    And Alice is signed in to Lync on PC1
    And Fred is signed in to Lync on PC3
    And Fred has Alice in his contact list
    When Alice adds Fred to her contact list in Lync on PC1
    Then Alice's Lync on PC1 shows Fred as Presence Unknown
    And Fred's Lync on PC3 shows Alice as Presence Unknown
    And Lync Online's federation edge refused Fred's request for the presence of Alice: "contoso.com blocks fabrikam.com"
    When Fred sends Alice an instant message
    Then Fred has seen the alerts "Lync: This message was not delivered to alice@contoso.com because the address is outside your organization and is not federated with your company, or the address is incorrect. Please contact your support team with this information." on PC3
    And Alice has seen no alert on PC1
    When the administrator of contoso.com removes fabrikam.com from the blocked domains
    And Fred sends Alice an instant message
    Then Alice sees an alert from Fred on PC1
    And Lync Online's federation edge routed the instant message from Fred to Alice

  @kb:10041
  Scenario: On only for allowed domains: a partner's domain must be added to the list
    Given the administrator of contoso.com has set external communications on only for allowed domains, without fabrikam.com
    And Alice is signed in to Lync on PC1
    When Alice adds Fred to her contact list in Lync on PC1
    Then Alice's Lync on PC1 shows Fred as Presence Unknown
    And Lync Online's federation edge refused Alice's request for the presence of Fred: "fabrikam.com is not among the allowed domains of contoso.com"
    When Alice sends Fred an instant message
    Then Alice has seen the alerts "Lync: This message was not delivered to fred@fabrikam.com because the address is outside your organization and is not federated with your company, or the address is incorrect. Please contact your support team with this information." on PC1
    When the administrator of contoso.com adds fabrikam.com to the allowed domains
    And Fred signs in to Lync on PC3 with his password
    Then Alice's Lync on PC1 shows Fred as Available
    And Lync Online's federation edge routed Alice's request for the presence of Fred

  @DC-08 @kb:2537764 @assumption @assumption:oldAddressSeenAs
  Scenario: After her sign-in address changes, the external contact holding the old one sees Presence Unknown until adding the new one
    Given Fred has Alice in his contact list
    And Alice's sign-in address was changed to "alice.smith@contoso.com"
    And Alice is signed in to Lync on PC1
    And Fred is signed in to Lync on PC3
    Then Fred's Lync on PC3 shows the contact "alice@contoso.com" as Presence Unknown
    And Lync Online's federation edge refused Fred's request for the presence of "alice@contoso.com": "contoso.com has no user alice@contoso.com"
    When Fred adds Alice to his contact list in Lync on PC3
    Then Fred's Lync on PC3 shows Alice as Available
    And Fred's Lync on PC3 shows the contact "alice@contoso.com" as Presence Unknown
    And the contact list Lync Online keeps for Fred holds "Alice, alice@contoso.com (nobody's address)"
