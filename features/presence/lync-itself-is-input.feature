@section:presence
Feature: Working in Lync's own windows counts as using the computer
  The idle count that makes Alice Inactive after 5 minutes and Away 5 minutes later starts again whenever she uses
  the computer, and that includes Lync's own windows and menus.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Bob is signed in to Lync on PC2
    And Bob has Alice in his contact list

  @NR-12
  Scenario: Opening the Options dialog and cancelling it each start the idle count again
    When 4 minutes pass
    And Alice chooses Tools > Options from the Options button on PC1
    And 4 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When Alice clicks "Cancel" in the Options dialog on PC1
    And 4 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive
