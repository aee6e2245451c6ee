@section:network
Feature: The Status options take whole minutes from 1 to 360
  Options › Status holds two numbers: the idle minutes before Alice shows as Inactive, and the minutes of Inactive
  before she shows as Away. Each takes a whole number of minutes from 1 to 360; anything else leaves the value she had.
  The Status page shows what is kept.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @NR-12
  Scenario: The Status page shows the minutes Alice set
    Given Alice has set the Status options on PC1 to Inactive after 20 and Away after 7 more minutes
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Status page" as "the text: Status"
    And the "options" window of Lync for Alice on PC1 shows "Show me as Inactive when my status has been idle for this many minutes" as "a box holding 20"
    And the "options" window of Lync for Alice on PC1 shows "Show me as Away when my status has been Inactive for this many minutes" as "a box holding 7"

  @NR-12
  Scenario: One minute and 360 minutes are both accepted
    When Alice sets the Status options on PC1 to Inactive after 1 and Away after 360 more minutes
    And 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive
    When 359 minutes pass
    Then Bob, a colleague, sees Alice as Inactive
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Away

  @NR-12
  Scenario: Zero minutes and more than 360 minutes leave the values Alice had
    Given Alice has set the Status options on PC1 to Inactive after 15 and Away after 10 more minutes
    When Alice sets the Status options on PC1 to Inactive after 0 and Away after 361 more minutes
    And 14 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive
    When 10 minutes pass
    Then Bob, a colleague, sees Alice as Away
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Show me as Inactive when my status has been idle for this many minutes" as "a box holding 15"
    And the "options" window of Lync for Alice on PC1 shows "Show me as Away when my status has been Inactive for this many minutes" as "a box holding 10"

  @NR-12
  Scenario: A part of a minute or a word leaves the values Alice had
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice types "2.5" into "Show me as Inactive when my status has been idle for this many minutes" in the Options dialog on PC1
    And Alice types "ten" into "Show me as Away when my status has been Inactive for this many minutes" in the Options dialog on PC1
    And Alice clicks "OK" in the Options dialog on PC1
    And 4 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Away
