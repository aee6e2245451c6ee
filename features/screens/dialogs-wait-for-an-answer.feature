@section:screens
Feature: A question Lync asks waits for its answer
  While one of Lync's questions is open, the main window behind it waits: Sign In does nothing until Alice has
  answered.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1

  @DC-05 @SO-05
  Scenario: Sign In waits while the question before Delete my sign-in info is open
    When Alice clicks "Delete my sign-in info" on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 asks Alice "Are you sure you want to delete your sign-in info from this computer?"
    And the service holds no session for Alice
    When Alice answers No on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds Alice's password
