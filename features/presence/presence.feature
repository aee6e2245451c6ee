@section:network
Feature: Presence
  Colleagues see whether Alice is there. She can say so herself from the presence menu under her name; otherwise Lync
  works it out from the computer: a few idle minutes make her Inactive, a few more Away, and locking Windows makes
  her Away at once. Signed out, logged off or shut down, she is Offline.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @NR-12
  Scenario: Signed in and at work, Alice is Available
    Then Bob, a colleague, sees Alice as Available
    And Alice sees her own presence as Available on PC1
    And Alice can change her presence on PC1

  @assumption @assumption:presenceChoices
  Scenario Outline: Alice chooses <choice> from the presence menu
    When Alice sets her presence to <choice> on PC1
    Then Bob, a colleague, sees Alice as <seen>
    And Alice sees her own presence as <seen> on PC1
    When Alice resets her status on PC1
    Then Bob, a colleague, sees Alice as Available

    Examples:
      | choice         | seen           |
      | Busy           | Busy           |
      | Do Not Disturb | Do Not Disturb |
      | Be Right Back  | Be Right Back  |
      | Off Work       | Off Work       |
      | Appear Away    | Away           |

  @NR-12
  Scenario: Idle time makes Alice Inactive, then Away; the mouse makes her Available again
    When 4 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Away
    When Alice moves the mouse on PC1
    Then Bob, a colleague, sees Alice as Available
    And Alice is signed in to Lync Online from PC1

  @NR-12
  Scenario: Using Lync itself is using the computer
    When 4 minutes pass
    And Alice sets "Show Lync in the foreground when it starts" off on PC1
    And 4 minutes pass
    Then Bob, a colleague, sees Alice as Available

  @NR-12
  Scenario: The Status options set the idle minutes
    When Alice sets the Status options on PC1 to Inactive after 15 and Away after 10 more minutes
    And 14 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive
    When 9 minutes pass
    Then Bob, a colleague, sees Alice as Inactive
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Away

  @NR-12
  Scenario: The Status options are kept for the next start
    Given Alice has set the Status options on PC1 to Inactive after 20 and Away after 5 more minutes
    And Alice has chosen File > Exit from the Options button on PC1
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And 19 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive

  @NR-13
  Scenario: Locking Windows makes Alice Away; she stays signed in and unlocking brings her back
    When Alice locks PC1
    Then Bob, a colleague, sees Alice as Away
    And Alice is signed in to Lync Online from PC1
    And the Lync process of Alice on PC1 is running
    When Alice unlocks PC1
    Then Bob, a colleague, sees Alice as Available

  @assumption @assumption:manualPresenceHoldsWhenIdle
  Scenario: A presence chosen by hand holds through idle time and the lock
    Given Alice has set her presence to Do Not Disturb on PC1
    When 20 minutes pass
    And Alice locks PC1
    Then Bob, a colleague, sees Alice as Do Not Disturb

  @NR-14
  Scenario: Signing out makes Alice Offline, signing in makes her Available
    When Alice chooses File > Sign Out from the Options button on PC1
    Then Bob, a colleague, sees Alice as Offline
    When Alice clicks Sign In on PC1
    Then Bob, a colleague, sees Alice as Available

  @NR-14
  Scenario: Logging off Windows ends Lync and Alice is Offline
    When Alice logs off PC1
    Then no Lync process runs for Alice on PC1
    And Bob, a colleague, sees Alice as Offline
    And the service holds no session for Alice

  @NR-07 @assumption @assumption:disconnectedSeenAs
  Scenario: A lost connection: contacts' presence is unknown and Alice cannot change hers
    Given Alice has Bob in her contact list
    And Bob is signed in to Lync on PC2
    And Bob has set his presence to Busy on PC2
    And Bob has Alice in his contact list
    And Alice's Lync on PC1 shows Bob as Busy
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    And Alice's Lync on PC1 shows Bob as Presence Unknown
    And Alice cannot change her presence on PC1
    And Bob sees Alice as Offline
    When PC1 goes on the organization's network
    Then Alice's Lync on PC1 shows Bob as Busy
    And Alice can change her presence on PC1
    And Bob sees Alice as Available

  Scenario: A colleague with Lync of his own sees each change as it happens
    Given Bob is signed in to Lync on PC2
    And Bob has Alice in his contact list
    When Alice sets her presence to Busy on PC1
    Then Bob's Lync on PC2 shows Alice as Busy
    When Alice locks PC1
    And Alice unlocks PC1
    And Alice resets her status on PC1
    Then Bob's Lync on PC2 shows Alice as Available

  @assumption @assumption:presenceAcrossEndpoints
  Scenario: Signed in on two computers, colleagues see the busier truth
    Given Alice is signed in to Lync on PC2
    When Alice locks PC1
    Then Bob, a colleague, sees Alice as Available
    When Alice sets her presence to Busy on PC2
    Then Bob, a colleague, sees Alice as Busy
    When Alice chooses File > Sign Out from the Options button on PC2
    Then Bob, a colleague, sees Alice as Away
    And Alice is signed in to Lync Online from PC1
