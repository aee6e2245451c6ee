@section:network
Feature: The contact list shows the signed-in person's own contacts, in order
  Lync lists Alice's contacts by their sign-in addresses, in alphabetical order, whatever order she added them in.
  When another person signs in at the same Lync, the list holds only that person's contacts: nothing of Alice's stays.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Carol has an Office 365 account
    And Alice is signed in to Lync on PC1

  Scenario: Contacts are listed in alphabetical order
    Given Alice has Carol in her contact list
    And Alice has Bob in her contact list
    Then Alice's Lync on PC1 lists the contacts "Bob, Carol"

  @MU-06
  Scenario: After another person signs in at the same Lync, only that person's contacts are listed
    Given Alice has Carol in her contact list
    And Bob has Alice in his contact list
    And Alice's Lync on PC1 shows Carol as Offline
    When Alice chooses File > Sign Out from the Options button on PC1
    And Bob, at Alice's desktop on PC1, signs in with his own sign-in address and password
    Then Alice's Lync on PC1 lists the contacts "Alice"
