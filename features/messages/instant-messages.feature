@section:close
Feature: Instant messages reach every signed-in Lync of the recipient
  A message from Bob reaches Alice wherever she is signed in, whatever her presence. When she is not signed in
  anywhere, the service cannot deliver it.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account

  Scenario: Alice is Away: the message still arrives
    Given Alice is signed in to Lync on PC1
    And Alice has set her presence to Appear Away on PC1
    When Bob sends Alice an instant message
    Then Alice sees an alert from Bob on PC1
    And the message to Alice reached 1 endpoint

  Scenario: Alice is signed in on two computers: both show the message
    Given Alice is signed in to Lync on PC1
    And Alice is signed in to Lync on PC2
    When Bob sends Alice an instant message
    Then Alice sees an alert from Bob on PC1
    And Alice sees an alert from Bob on PC2
    And the message to Alice reached 2 endpoints

  @assumption @assumption:messageToOffline
  Scenario: Alice is not signed in: the sender is told
    Given Alice is signed in to Lync on PC1
    And Alice has chosen File > Exit from the Options button on PC1
    And Bob is signed in to Lync on PC2
    And Bob has Alice in his contact list
    When Bob sends Alice an instant message
    Then the service told the sender that Alice is offline
    And Bob's Lync on PC2 tells him the message to Alice was not delivered
    And Bob, a colleague, sees Alice as Offline
