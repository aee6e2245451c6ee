@section:network
Feature: Choosing Available again
  Available is one of the choices of the presence menu too: after Busy, choosing it makes Alice Available again for
  her colleagues.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @NR-12 @assumption @assumption:presenceChoices
  Scenario: Alice chooses Busy, then Available
    When Alice sets her presence to Busy on PC1
    Then Bob, a colleague, sees Alice as Busy
    When Alice sets her presence to Available on PC1
    Then Bob, a colleague, sees Alice as Available
    And Alice sees her own presence as Available on PC1
