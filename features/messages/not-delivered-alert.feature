@section:messages
Feature: The alert that a message was not delivered comes from Lync
  When Bob writes to a colleague who is not signed in anywhere, his Lync shows an alert titled "Lync" that says so.

  @assumption @assumption:messageToOffline
  Scenario: Bob's alert about an undelivered message is Lync's own
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Bob is signed in to Lync on PC2
    When Bob sends Alice an instant message
    Then the service told the sender that Alice is offline
    And Bob has seen the alerts "Lync: This message wasn't delivered to alice@contoso.com because they're offline." on PC2
