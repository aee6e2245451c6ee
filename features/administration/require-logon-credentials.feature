@section:automatic-sign-in
Feature: Signing in with the Windows credentials, and the policy that asks for the password instead
  When the organization signs in to Office 365 through AD FS and Alice logs on to Windows with her domain account,
  Lync can sign her in with the Windows credentials she already gave at logon: nothing is typed and no password
  leaves the computer. An administrator who wants the password typed anyway sets the policy "Require logon
  credentials"; Lync then asks for it as it does for anyone else.

  Background:
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the organization signs in to Office 365 with single sign-on through AD FS

  @AS-11
  Scenario: With single sign-on, a domain account signs in without typing a password
    Given the Windows account of Alice on PC1 is a domain account
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 signed Alice in with her Windows credentials, sending no password
    And the credential cache of Alice on PC1 holds no password for Alice

  @AS-11 @AS-09
  Scenario: With "Require logon credentials" enabled for the computer, Lync asks for the password
    Given Group Policy sets "Require logon credentials" to Enabled in the Computer Configuration of PC1
    And the Windows account of Alice on PC1 is a domain account
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then Alice sees a password box on PC1
    And the service holds no session for Alice
    And Lync on PC1 never offered the Windows credentials of Alice
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 never offered the Windows credentials of Alice

  @AS-11 @AS-09
  Scenario: With "Require logon credentials" set for the user, the sign-in that starts with Windows asks for the password
    Given Group Policy sets "Require logon credentials" to Enabled in the User Configuration of Alice
    And the Windows account of Alice on PC1 is a domain account
    And Alice is logged on to PC1 on the organization's network
    And Alice signs in to Lync for the first time on PC1 with Save my password cleared
    When Alice logs off PC1
    And Alice logs on to PC1
    Then the Lync process of Alice on PC1 is running
    And Alice sees a password box on PC1
    And the service holds no session for Alice
    And Lync on PC1 never offered the Windows credentials of Alice

  @AS-11
  Scenario: Once the policy is no longer set, the sign-in that starts with Windows needs nothing typed
    Given Group Policy sets "Require logon credentials" to Enabled in the User Configuration of Alice
    And the Windows account of Alice on PC1 is a domain account
    And Alice is logged on to PC1 on the organization's network
    And Alice signs in to Lync for the first time on PC1 with Save my password cleared
    When Alice logs off PC1
    And Group Policy sets "Require logon credentials" to Not configured in the User Configuration of Alice
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And the last sign-in of Alice to the identity provider from PC1 offered her Windows credentials
    And the credential cache of Alice on PC1 holds no password for Alice

  @AS-11
  Scenario: A local Windows account has no Windows credentials to give: Lync asks for the password
    Given Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then Alice sees a password box on PC1
    And the service holds no session for Alice
    And Lync on PC1 never offered the Windows credentials of Alice

  @AS-11 @assumption @assumption:windowsCredentialsTurnedDown
  Scenario: Without single sign-on the Windows credentials are turned down, and Lync asks for the password
    Given the organization signs in to Office 365 with passwords kept in the cloud
    And the Windows account of Alice on PC1 is a domain account
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then Alice sees a password box on PC1
    And the service holds no session for Alice
    And Lync on PC1 never showed Alice "The username, password or domain appears to be incorrect."
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @AS-11 @assumption @assumption:windowsCredentialsTurnedDown
  Scenario: In the other reading, the turned-down Windows credentials also bring the wrong-password message
    Given Lync answers turned-down Windows credentials with the password box and the wrong-password message
    And the organization signs in to Office 365 with passwords kept in the cloud
    And the Windows account of Alice on PC1 is a domain account
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Alice sees a password box on PC1
    And the service holds no session for Alice
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @AS-11 @AS-08
  Scenario: With password storage disabled, single sign-on still signs in by itself at the next logon
    Given Group Policy sets "Allow storage of user passwords" to Disabled in the Computer Configuration of PC1
    And the Windows account of Alice on PC1 is a domain account
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 signed Alice in with her Windows credentials, sending no password
    And the credential cache of Alice on PC1 holds no password for Alice
    And the personal certificate store of Alice on PC1 holds no Lync certificate
