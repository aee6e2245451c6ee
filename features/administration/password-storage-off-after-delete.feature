@section:administration
Feature: With password storage turned off, a deleted sign-in starts over
  When Group Policy turns off "Allow storage of user passwords", Lync keeps no password. After Delete my sign-in
  info it keeps nothing else for the address either, so the next start is like the first: the address, then the
  password box once Alice clicks Sign In.

  @AS-08 @DC-03 @FS-04 @assumption @assumption:addressKeptAfterDelete
  Scenario: The next start after Delete my sign-in info shows the address and no password box
    Given Alice has an Office 365 account
    And Group Policy sets "Allow storage of user passwords" to Disabled in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    When Alice signs in to Lync on PC1 with her password
    And Alice chooses File > Sign Out from the Options button on PC1
    And Alice deletes her sign-in info on PC1
    And Alice chooses File > Exit from the Options button on PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then the sign-in address box on PC1 holds Alice's sign-in address
    And Alice sees no password box on PC1
    When Alice clicks Sign In on PC1
    Then Alice sees a password box on PC1
    And "Save my password" is unavailable to Alice on PC1
