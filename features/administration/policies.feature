@section:automatic-sign-in
Feature: Policies an administrator sets for Lync
  An administrator can decide some of Lync's settings for the users with Group Policy. A setting in the Computer
  Configuration applies to everyone who uses that computer; a setting in the User Configuration follows the user
  to every computer she logs on to. When both say something, the computer's setting wins, and either one wins over
  what the user chose in Lync.

  Background:
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @AS-08 @AS-09
  Scenario: With password storage disabled for the computer, Save my password is greyed out
    Given Group Policy sets "Allow storage of user passwords" to Disabled in the Computer Configuration of PC1
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then "Save my password" is unavailable to Alice on PC1
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds no password for Alice
    And the personal certificate store of Alice on PC1 holds no Lync certificate

  @AS-08
  Scenario: With password storage disabled, the next logon asks for the password again
    Given Group Policy sets "Allow storage of user passwords" to Disabled in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    And Alice signs in to Lync on PC1 with her password
    And Alice is signed in to Lync Online from PC1
    When Alice logs off PC1
    And Alice logs on to PC1
    Then the Lync process of Alice on PC1 is running
    And the service holds no session for Alice
    And Alice sees a password box on PC1

  @AS-08 @AS-09
  Scenario: A policy set after the password was saved takes it away at the next sign-in
    Given Alice is logged on to PC1 on the organization's network
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And the credential cache of Alice on PC1 holds Alice's password
    When Alice logs off PC1
    And Group Policy sets "Allow storage of user passwords" to Disabled in the User Configuration of Alice
    And Alice logs on to PC1
    Then Alice sees a password box on PC1
    And "Save my password" is unavailable to Alice on PC1
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds no password for Alice

  @AS-08
  Scenario: With the policy enabled or not configured, the choice is Alice's
    Given Group Policy sets "Allow storage of user passwords" to Enabled in the Computer Configuration of PC1
    And Alice is logged on to PC1 on the organization's network
    And Alice has signed in to Lync on PC1 with Save my password ticked
    Then the credential cache of Alice on PC1 holds Alice's password
    And the personal certificate store of Alice on PC1 holds a Lync certificate

  @AS-09 @AS-08
  Scenario: The computer's policy wins over the user's policy
    Given Group Policy sets "Allow storage of user passwords" to Enabled in the User Configuration of Alice
    And Group Policy sets "Allow storage of user passwords" to Disabled in the Computer Configuration of PC1
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then "Save my password" is unavailable to Alice on PC1

  @AS-09 @AS-08
  Scenario: The user's policy applies on every computer she logs on to, the computer's only on that computer
    Given Lync was installed for Alice on PC2 from the Office 365 portal
    And Group Policy sets "Allow storage of user passwords" to Disabled in the Computer Configuration of PC2
    And Alice is logged on to PC1 on the organization's network
    And Alice has signed in to Lync on PC1 with Save my password ticked
    Then the credential cache of Alice on PC1 holds Alice's password
    When Alice uses Options > File > Exit on PC1
    And Alice logs off PC1
    And Alice logs on to PC2
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC2
    And Alice clicks Sign In on PC2
    Then "Save my password" is unavailable to Alice on PC2

  @AS-10 @AS-09
  Scenario: Prevent users from running Lync: neither the logon nor the Start menu opens it
    Given Alice is logged on to PC1 on the organization's network
    And Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice logs off PC1
    And Group Policy sets "Prevent users from running Microsoft Lync" to Enabled in the Computer Configuration of PC1
    And Alice logs on to PC1
    Then no Lync process runs for Alice on PC1
    And Alice sees no Lync window on PC1
    And the service holds no session for Alice
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then no Lync process runs for Alice on PC1
    And Alice sees no Lync window on PC1
    And the service holds no session for Alice

  @AS-10 @AS-09
  Scenario: The computer's Not configured leaves the user's PreventRun in force; the computer's Disabled overrides it
    Given Group Policy sets "Prevent users from running Microsoft Lync" to Enabled in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then no Lync process runs for Alice on PC1
    When Group Policy sets "Prevent users from running Microsoft Lync" to Disabled in the Computer Configuration of PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then the Lync process of Alice on PC1 is running
    And Alice sees the sign-in window on PC1

  @AS-08 @AS-09
  Scenario: Password storage allowed again for the computer: Save my password keeps the password once more
    Given Group Policy sets "Allow storage of user passwords" to Disabled in the Computer Configuration of PC1
    And Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    Then "Save my password" is unavailable to Alice on PC1
    When Alice logs off PC1
    And Group Policy sets "Allow storage of user passwords" to Enabled in the Computer Configuration of PC1
    And Alice logs on to PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds Alice's password
