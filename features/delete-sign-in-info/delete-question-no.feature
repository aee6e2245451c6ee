@section:delete-sign-in-info
Feature: No to the delete question closes it and changes nothing
  "Delete my sign-in info" asks before it deletes. No closes the question: the sign-in window is as it was, the saved
  password is still there, and the next sign-in needs no password.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1

  @DC-05
  Scenario: No closes the question, and Alice signs in again with her saved password
    When Alice clicks "Delete my sign-in information" on PC1
    Then Lync asks Alice "Are you sure you want to delete your sign-in info from this computer?" on PC1
    When Alice answers No on PC1
    Then Alice sees no "confirmDelete" window of Lync on PC1
    And Alice sees the "main" window of Lync on PC1 showing the "sign-in" screen
    And Alice sees no password box on PC1
    And the credential cache of Alice on PC1 holds Alice's password
    And the credential cache of Alice on PC1 holds Alice's certificate
    When Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
