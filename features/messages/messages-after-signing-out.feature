@section:sign-out
Feature: A message still on its way when Lync signs out brings no alert
  An instant message, or the service's word that one was not delivered, takes a moment to reach Lync. If the
  person signs out in that moment, the service had already sent it to her Lync, but Lync is signed out when it
  arrives: it shows no alert. After Sign Out nobody can reach her through Lync.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account

  @SO-04
  Scenario: Bob's message arrives just after Alice signs out: she sees no alert
    Given Alice is signed in to Lync on PC1
    And answers from Lync Online take 20 seconds
    When Bob sends Alice an instant message
    And Alice chooses File > Sign Out from the Options button on PC1
    And 1 minute passes
    Then the message to Alice reached 1 endpoint
    And Alice has seen no alert on PC1
    And Alice sees the sign-in window on PC1

  @SO-04 @assumption @assumption:messageToOffline
  Scenario: The word that his message was not delivered arrives just after Bob signs out: he sees no alert
    Given Bob is signed in to Lync on PC2
    And answers from Lync Online take 20 seconds
    When Bob sends Alice an instant message
    And Bob chooses File > Sign Out from the Options button on PC2
    And 1 minute passes
    Then the service told the sender that Alice is offline
    And Bob has seen no alert on PC2
    And Bob sees the sign-in window on PC2
