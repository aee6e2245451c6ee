@section:first-sign-in
Feature: Signing in to Lync for the first time
  After Lync is installed from the Office 365 portal, the person is logged on to the organization's network,
  starts Lync 2013 from the Start menu, checks the sign-in address that was filled in for her, and enters her
  password. Whether Lync keeps the password is her choice, with Save my password.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-01 @FS-02 @FS-03
  Scenario: The sign-in address is already filled in when Lync first starts
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice sees the sign-in window on PC1
    And the sign-in address box on PC1 holds Alice's sign-in address
    And Lync offers Alice a "Sign In" button on PC1

  @FS-04
  Scenario: The password box appears only after the sign-in address is submitted
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice sees no password box on PC1
    When Alice clicks Sign In on PC1
    Then Alice sees a password box on PC1
    And the service holds no session for Alice

  @FS-03 @FS-05 @FS-12
  Scenario: A first sign-in goes from signed out, through signing in, to signed in
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice saw the Lync window on PC1 show the sign-in, signing-in and contacts screens in that order
    And Alice is signed in to Lync Online from PC1
    And Bob, a colleague, sees Alice as Available

  @FS-05
  Scenario: The sign-in address box is empty and Alice types her address herself
    Given the sign-in address box of Alice's Lync on PC1 was left empty by the installer
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice types her sign-in address on PC1
    And Alice clicks Sign In on PC1
    And Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-07
  Scenario: With Save my password ticked, Lync keeps the password on this computer
    When Alice signs in to Lync for the first time on PC1 with Save my password ticked
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds Alice's password
    And the credential cache of Alice on PC1 holds Alice's certificate

  @FS-07
  Scenario: With Save my password cleared, Lync asks for the password again after Exit
    When Alice signs in to Lync for the first time on PC1 with Save my password cleared
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds no password for Alice
    When Alice chooses File > Exit from the Options button on PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice sees the sign-in window on PC1
    And Alice sees a password box on PC1
    And the service holds no session for Alice

  @FS-07 @assumption @assumption:savePasswordCheckedByDefault
  Scenario: Save my password starts ticked
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then the "Save my password" box on PC1 is ticked
