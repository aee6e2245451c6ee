@section:network @kb:2435699
Feature: The contact list is kept on the service, changed from Lync, and cached in the sip_ folder
  Lync Online keeps each person's contact list on the service. Lync 2013 adds and removes contacts there, and keeps a
  copy in CoreContact.cache, in the sip_<sign-in address> folder under %LocalAppData%\Microsoft\Office\15.0\Lync.
  A contact who is not signed in shows as Offline; a contact with no Lync Online licence as Presence Unknown.
  When the cache is damaged, the contacts are lost or missing from the list; deleting the cache file and signing in
  again brings the list back from the service (KB 2435699, scenarios 1 and 3).

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Carol has an Office 365 account

  Scenario: A contact added in Lync is kept on the service and cached on disk; a colleague not yet signed in is Offline
    Given Alice is signed in to Lync on PC1
    When Alice adds Bob to her contact list in Lync on PC1
    Then the contact list Lync Online keeps for Alice holds "Bob"
    And Alice's Lync on PC1 lists the contacts "Bob"
    And Alice's Lync on PC1 shows Bob as Offline
    And CoreContact.cache of Alice on PC1 lists "Bob"

  Scenario: A contact removed in Lync is gone from the service and from the cache
    Given Alice has Bob in her contact list
    And Alice has Carol in her contact list
    And Alice is signed in to Lync on PC1
    When Alice removes Bob from her contact list in Lync on PC1
    Then the contact list Lync Online keeps for Alice holds "Carol"
    And Alice's Lync on PC1 lists the contacts "Carol"
    And CoreContact.cache of Alice on PC1 lists "Carol"

  Scenario: The list lives on the service: another computer shows a contact added on the first
    Given Alice is signed in to Lync on PC1
    When Alice adds Carol to her contact list in Lync on PC1
    And Alice is signed in to Lync on PC2
    Then Alice's Lync on PC2 lists the contacts "Carol"
    And CoreContact.cache of Alice on PC2 lists "Carol"

  Scenario: A colleague with no Lync Online licence shows as Presence Unknown
    Given Carol's account is not licensed for Lync Online
    And Alice is signed in to Lync on PC1
    When Alice adds Carol to her contact list in Lync on PC1
    Then the contact list Lync Online keeps for Alice holds "Carol"
    And Alice's Lync on PC1 shows Carol as Presence Unknown

  Scenario: A damaged contact cache loses the list; deleting CoreContact.cache brings it back from the service
    Given Alice has Bob in her contact list
    And Alice's CoreContact.cache on PC1 is damaged
    And Alice is signed in to Lync on PC1
    Then Alice's Lync on PC1 lists the contacts ""
    And the contact list Lync Online keeps for Alice holds "Bob"
    And CoreContact.cache of Alice on PC1 is still damaged
    When Alice chooses File > Sign Out from the Options button on PC1
    And the support desk deletes CoreContact.cache of Alice on PC1
    Then Alice has no CoreContact.cache on PC1
    When Alice clicks Sign In on PC1
    Then Alice's Lync on PC1 lists the contacts "Bob"
    And CoreContact.cache of Alice on PC1 lists "Bob"

  @DC-03
  Scenario: Delete my sign-in info removes the sip_ folder with a damaged contact cache; the list comes back at sign-in
    Given Alice has Bob in her contact list
    And Alice's CoreContact.cache on PC1 is damaged
    And Alice is signed in to Lync on PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice deletes her sign-in info on PC1
    Then the sip_ folder of Alice on PC1 is gone
    And Alice has no CoreContact.cache on PC1
    When Alice clicks Sign In on PC1
    And Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Alice's Lync on PC1 lists the contacts "Bob"
    And CoreContact.cache of Alice on PC1 lists "Bob"

  @DC-10
  Scenario: Deleting the sip_ folder by hand also removes a damaged contact cache; the list comes back at the next start
    Given Alice has Bob in her contact list
    And Alice's CoreContact.cache on PC1 is damaged
    And Alice is signed in to Lync on PC1
    When Alice chooses File > Exit from the Options button on PC1
    And the support desk deletes the sip_ folder of Alice on PC1
    Then Alice has no CoreContact.cache on PC1
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice is signed in to Lync Online from PC1
    And Alice's Lync on PC1 lists the contacts "Bob"
    And CoreContact.cache of Alice on PC1 lists "Bob"
