@section:delete-sign-in-info
Feature: The delete question waits for an answer
  The question "Delete my sign-in info" asks is a dialog of its own. Bringing Lync forward from its icon in the
  notification area does not answer it or close it: it is still there, and still waits for Yes or No.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1

  @DC-05 @SO-02
  Scenario: Clicking the Lync icon while the question is open leaves the question open
    When Alice clicks "Delete my sign-in information" on PC1
    Then Lync asks Alice "Are you sure you want to delete your sign-in info from this computer?" on PC1
    When Alice clicks the Lync icon in the notification area on PC1
    Then Lync asks Alice "Are you sure you want to delete your sign-in info from this computer?" on PC1
    And the "main" window of Lync for Alice on PC1 is not in the foreground
    When Alice answers Yes on PC1
    Then the credential cache of Alice on PC1 holds nothing for Alice
