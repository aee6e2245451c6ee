@section:network
Feature: Idle time counts only while Alice is signed in
  Lync counts Alice's idle minutes from her last use of the computer, and only while she is signed in. Moving the
  mouse while she is Inactive starts the count afresh; signing out ends it, and what she does while signed out
  (moving the mouse, locking Windows) does not count after she signs in again. Lync tells the service only what
  changes: signing in starts her at Available on the service's side, and using the computer while Available tells
  it nothing new.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @NR-12
  Scenario: Moving the mouse while Inactive starts the idle count afresh
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Inactive
    When 3 minutes pass
    And Alice moves the mouse on PC1
    Then Bob, a colleague, sees Alice as Available
    When 4 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive

  @NR-12 @NR-14
  Scenario: Signed out while Inactive, Alice is Available when she signs in again
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Inactive
    When Alice chooses File > Sign Out from the Options button on PC1
    Then Bob, a colleague, sees Alice as Offline
    When 6 minutes pass
    And Alice clicks Sign In on PC1
    Then Bob, a colleague, sees Alice as Available
    When 4 minutes pass
    Then Bob, a colleague, sees Alice as Available
    When 1 minute passes
    Then Bob, a colleague, sees Alice as Inactive

  @NR-12 @NR-14
  Scenario: Idle minutes before signing out do not carry over to the next sign-in
    When 3 minutes pass
    And Alice chooses File > Sign Out from the Options button on PC1
    And 3 minutes pass
    And Alice clicks Sign In on PC1
    Then Bob, a colleague, sees Alice as Available
    When 4 minutes pass
    Then Bob, a colleague, sees Alice as Available

  @NR-12 @NR-13
  Scenario: The mouse and the lock while signed out do not start Lync's idle count
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice moves the mouse on PC1
    And Alice locks PC1
    And Alice unlocks PC1
    And 10 minutes pass
    And Alice clicks Sign In on PC1
    Then Bob, a colleague, sees Alice as Available
    And Alice sees her own presence as Available on PC1

  @NR-12
  Scenario: Lync tells the service only what changes
    Then Lync for Alice on PC1 has told the service her presence 0 times
    When Alice moves the mouse on PC1
    And Alice sets "Show Lync in the foreground when it starts" off on PC1
    Then Lync for Alice on PC1 has told the service her presence 0 times
    When 5 minutes pass
    Then Lync for Alice on PC1 has told the service her presence 1 time
    When Alice moves the mouse on PC1
    And Alice moves the mouse on PC1
    Then Lync for Alice on PC1 has told the service her presence 2 times
    And Bob, a colleague, sees Alice as Available

  @NR-12 @assumption @assumption:presenceChoices
  Scenario: Choosing Available from the presence menu leaves presence to Lync
    Given Alice has set her presence to Busy on PC1
    When Alice sets her presence to Available on PC1
    Then Bob, a colleague, sees Alice as Available
    When 5 minutes pass
    Then Bob, a colleague, sees Alice as Inactive
