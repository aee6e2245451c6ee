@section:presence
Feature: Idle time does not count while Lync reconnects
  When the network drops, Lync loses its connection and keeps trying to reconnect. Until it is back, Alice is not
  signed in and Lync counts none of her idle minutes: moving the mouse meanwhile starts no count. When the connection
  comes back, colleagues see her Available, and the idle count starts from that moment.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @NR-07 @NR-12
  Scenario: The mouse moved while Lync reconnects starts no idle count
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    And Bob, a colleague, sees Alice as Offline
    When Alice moves the mouse on PC1
    And 10 minutes pass
    And PC1 goes on the organization's network
    Then Alice is signed in to Lync Online from PC1
    And Bob, a colleague, sees Alice as Available
    And Alice sees her own presence as Available on PC1
    When 4 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive
