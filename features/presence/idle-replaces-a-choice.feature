@section:network
Feature: With the alternative setting, idle time and the lock replace a presence chosen by hand
  The catalog says what idle time and locking do (NR-12, NR-13), not whether they override a presence Alice chose
  herself. By default her choice holds; these scenarios switch to the alternative: while the computer is idle or
  locked colleagues see Inactive or Away, and her choice shows again as soon as she uses the computer.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And idle time and the lock replace a presence chosen by hand in Lync
    And Alice is signed in to Lync on PC1

  @NR-12 @NR-13 @assumption @assumption:manualPresenceHoldsWhenIdle
  Scenario: Idle time and the lock show through Busy, and using the computer brings Busy back
    Given Alice has set her presence to Busy on PC1
    Then Bob, a colleague, sees Alice as Busy
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Inactive
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Away
    When Alice moves the mouse on PC1
    Then Bob, a colleague, sees Alice as Busy
    When Alice locks PC1
    Then Bob, a colleague, sees Alice as Away
    When Alice unlocks PC1
    Then Bob, a colleague, sees Alice as Busy

  @NR-07 @assumption @assumption:manualPresenceHoldsWhenIdle
  Scenario: Busy comes back with the connection
    Given Alice has set her presence to Busy on PC1
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When PC1 goes on the organization's network
    Then Bob, a colleague, sees Alice as Busy
