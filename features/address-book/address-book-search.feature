@section:first-sign-in
Feature: Searching the address book of Lync Online
  With Lync Online, Lync keeps no copy of the organization's address book: every search in the "Find someone" box is
  a web request to the Address Book Web Query service, which answers from the organization's directory. So a search
  right after the first sign-in finds a colleague, and nothing waits for a download. The Group Policy "Global Address
  Book Download Initial Delay" (GalDownloadInitialDelay) belongs to Lync Server on-premises and changes nothing here.
  When a firewall or a proxy blocks the web service, the search says that Lync cannot synchronize with the corporate
  address book. Configuration Information shows the service's URL, which support opens in a browser to test it.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-15 @kb:2435699
  Scenario: Right after the first sign-in, a search finds a colleague through the address book web service
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob
    And the number of searches the Address Book Web Query service answered from Alice's Lync on PC1 is 1

  @FS-15 @AS-09 @kb:2435699
  Scenario: The policy "Global Address Book Download Initial Delay" changes nothing with Lync Online
    Given Group Policy sets "Global Address Book Download Initial Delay" to 60 minutes in the Computer Configuration of PC1
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob
    And the number of searches the Address Book Web Query service answered from Alice's Lync on PC1 is 1

  @FS-15 @kb:2435699
  Scenario: Every search is a new web request; Lync keeps no copy of what it found
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for "Carol" in Lync on PC1
    And Alice searches for Bob in Lync on PC1
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob
    And the number of searches the Address Book Web Query service answered from Alice's Lync on PC1 is 3

  @FS-15
  Scenario: The search lists every colleague whose name holds what was typed
    Given Bonnie has an Office 365 account
    And Carol has an Office 365 account
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for "bo" in Lync on PC1
    Then Alice's search in Lync on PC1 finds "Bob, Bonnie"

  @FS-15 @assumption @assumption:noSearchResultsText
  Scenario: A name no one in the organization has finds no one
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for "Zoe" in Lync on PC1
    Then Alice's search in Lync on PC1 finds no one and says "No results found."
    And the number of searches the Address Book Web Query service answered from Alice's Lync on PC1 is 1

  @FS-15 @kb:2435699
  Scenario: A firewall or proxy blocks the address book web service: the search cannot reach it
    Given a firewall or proxy rule on the organization's network blocks the Address Book Web Query service
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds no one and says "Cannot synchronize with the corporate address book. This may be because the proxy server setting in your web browser does not allow access to the address book. If the problem persists, contact your system administrator."
    And the number of searches the Address Book Web Query service answered from Alice's Lync on PC1 is 0
    And Alice is signed in to Lync Online from PC1
    When the organization's network lets the Address Book Web Query service through again
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob
    And the number of searches the Address Book Web Query service answered from Alice's Lync on PC1 is 1

  @FS-15 @SO-09 @kb:2435699
  Scenario: Configuration Information shows the URL of the address book web service
    When Alice signs in to Lync on PC1 with her password
    And Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 shows the Address Book Web Query service's URL for "ABS Server External URL"
    And Configuration Information of Alice on PC1 shows the Address Book Web Query service's URL for "ABS Server Internal URL"

  @FS-15 @NR-03
  Scenario: After Lync reconnects by itself, the search finds colleagues again
    When Alice signs in to Lync on PC1 with her password
    And PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    And Alice searches for Bob in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob
