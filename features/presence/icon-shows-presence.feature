@section:presence
Feature: The Lync icon shows Alice's presence
  While Alice is signed in, the Lync icon in the notification area names her sign-in address and the presence her
  colleagues see. It follows idle time and her own choice just as they do, so a look at the icon tells Alice what
  Bob sees of her.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @SO-08 @NR-12
  Scenario: The icon follows idle time: Inactive, then Away, then Available again
    Then the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Available" and offers "Open Lync, Sign Out, Exit"
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Inactive
    And the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Inactive" and offers "Open Lync, Sign Out, Exit"
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Away
    And the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Away" and offers "Open Lync, Sign Out, Exit"
    When Alice moves the mouse on PC1
    Then Bob, a colleague, sees Alice as Available
    And the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Available" and offers "Open Lync, Sign Out, Exit"

  @SO-08 @assumption @assumption:presenceChoices
  Scenario: The icon shows the presence Alice chose, as her colleagues see it
    When Alice sets her presence to Do Not Disturb on PC1
    Then Bob, a colleague, sees Alice as Do Not Disturb
    And the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Do Not Disturb" and offers "Open Lync, Sign Out, Exit"
    When Alice sets her presence to Appear Away on PC1
    Then Bob, a colleague, sees Alice as Away
    And the Lync icon of Alice on PC1 reads "Lync - alice@contoso.com - Away" and offers "Open Lync, Sign Out, Exit"
