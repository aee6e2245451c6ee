@section:first-sign-in
Feature: The address book arrives some time after signing in
  Lync does not download the organization's address book the moment it signs in: it waits a random time, up to an
  hour unless an administrator set a shorter wait with Group Policy ("Global Address Book Download Initial Delay").
  Until the address book has arrived, searching for a colleague by name finds no one. Once it is there, the search
  finds them. With the wait set to 0, the address book comes straight after sign-in.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-15 @assumption @assumption:noSearchResultsText
  Scenario: Right after the first sign-in, a search finds no one until the wait is over
    Given the random wait before the address book download comes out at 100 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds no one and says "No results found."
    When 59 minutes pass
    Then Alice's search in Lync on PC1 finds no one and says "No results found."
    When 1 minute passes
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15
  Scenario: Within an hour of signing in, the search finds a colleague, whatever the wait came out at
    When Alice signs in to Lync on PC1 with her password
    And 60 minutes pass
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15 @AS-09
  Scenario: With the policy's wait at 0, the address book comes straight after sign-in
    Given Group Policy sets "Global Address Book Download Initial Delay" to 0 minutes in the Computer Configuration of PC1
    And the random wait before the address book download comes out at 100 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15 @AS-09 @assumption @assumption:noSearchResultsText
  Scenario: A shorter wait set by policy is the longest Lync waits
    Given Group Policy sets "Global Address Book Download Initial Delay" to 10 minutes in the Computer Configuration of PC1
    And the random wait before the address book download comes out at 100 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And 9 minutes pass
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds no one and says "No results found."
    When 1 minute passes
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15 @AS-09 @assumption @assumption:noSearchResultsText
  Scenario: Setting the policy's wait to 0 brings the address book at the next start of Lync
    Given Group Policy sets "Global Address Book Download Initial Delay" to 30 minutes in the Computer Configuration of PC1
    And the random wait before the address book download comes out at 100 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds no one and says "No results found."
    When Group Policy sets "Global Address Book Download Initial Delay" to 0 minutes in the Computer Configuration of PC1
    And Alice chooses File > Exit from the Options button on PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15
  Scenario: Halfway through the longest wait, the address book is there
    Given the random wait before the address book download comes out at 50 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And 30 minutes pass
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15 @NR-03
  Scenario: The address book stays after Lync reconnects by itself
    Given the random wait before the address book download comes out at 100 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And 60 minutes pass
    And PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15 @SO-04 @assumption @assumption:noSearchResultsText
  Scenario: Signing out before the wait is over: the next sign-in waits again
    Given the random wait before the address book download comes out at 100 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And 30 minutes pass
    And Alice chooses File > Sign Out from the Options button on PC1
    And 40 minutes pass
    And Alice clicks Sign In on PC1
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds no one and says "No results found."
    When 60 minutes pass
    Then Alice's search in Lync on PC1 finds Bob

  @FS-15
  Scenario: The search lists every colleague whose name holds what was typed
    Given Bonnie has an Office 365 account
    And Carol has an Office 365 account
    And the random wait before the address book download comes out at 100 percent of its longest
    When Alice signs in to Lync on PC1 with her password
    And 60 minutes pass
    And Alice searches for "bo" in Lync on PC1
    Then Alice's search in Lync on PC1 finds "Bob, Bonnie"
