@section:network
Feature: Idle minutes count afresh from unlocking
  Locking Windows makes Alice Away at once and stops the idle count; unlocking brings her back to Available and
  starts the count again from zero: Inactive after 5 idle minutes, Away after 5 more (NR-12, NR-13). Each side of
  both boundaries is played.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @NR-12 @NR-13
  Scenario Outline: <idle> after unlocking, Alice is <seen>
    When Alice locks PC1
    And 20 minutes pass
    And Alice unlocks PC1
    And <idle> pass
    Then Bob, a colleague, sees Alice as <seen>

    Examples:
      | idle       | seen      |
      | 4 minutes  | Available |
      | 5 minutes  | Inactive  |
      | 9 minutes  | Inactive  |
      | 10 minutes | Away      |
