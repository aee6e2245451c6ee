@section:delete-sign-in-info
Feature: Delete my sign-in info
  On the sign-in window, the "Delete my sign-in info" link (the article calls it "Delete my sign-in information")
  removes what Lync cached on this computer for this sign-in address: the saved password, the certificate and the
  connection details. It asks first. It is the advice on a shared computer, and a first step when sign-in fails.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1

  @DC-05
  Scenario: Lync asks before it deletes, and No keeps everything
    When Alice clicks "Delete my sign-in information" on PC1
    Then Lync asks Alice "Are you sure you want to delete your sign-in info from this computer?" on PC1
    When Alice answers No on PC1
    Then the credential cache of Alice on PC1 holds Alice's password

  @DC-02 @DC-03 @DC-05
  Scenario: Yes removes the saved password, the certificate and the connection details
    When Alice deletes her sign-in info on PC1
    Then the credential cache of Alice on PC1 holds nothing for Alice
    And Alice sees a password box on PC1
    When Alice clicks Sign In on PC1
    Then the service holds no session for Alice

  @DC-02 @DC-05 @DC-03 @assumption @assumption:addressKeptAfterDelete
  Scenario: After Delete, the next sign-in needs the password again, and saves it again
    When Alice deletes her sign-in info on PC1
    Then the sign-in address box on PC1 holds Alice's sign-in address
    When Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds Alice's password

  @DC-01 @DC-02
  Scenario: Lync keeps the sign-in info of everyone who signed in on this Windows account, and deletes only the one
    Given Bob has an Office 365 account
    When Bob, at Alice's desktop on PC1, signs in with his own sign-in address and password
    And Bob, at Alice's desktop on PC1, chooses File > Sign Out from the Options button
    Then the credential cache of Alice on PC1 holds Bob's password
    And the credential cache of Alice on PC1 holds Alice's password
    When Bob, at Alice's desktop on PC1, deletes his sign-in info
    Then the credential cache of Alice on PC1 holds nothing for Bob
    And the credential cache of Alice on PC1 holds Alice's password

  @DC-02 @AS-01
  Scenario: After Delete, the next Windows logon starts Lync but does not sign in
    When Alice deletes her sign-in info on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then the Lync process of Alice on PC1 is running
    And Alice sees the sign-in window on PC1
    And the service holds no session for Alice
    When Alice clicks Sign In on PC1
    Then Alice sees a password box on PC1
    And the service holds no session for Alice

  @DC-06 @MU-07
  Scenario: On a shared computer, deleting the sign-in info stops the next person signing in as Alice
    When Alice deletes her sign-in info on PC1
    And Alice chooses File > Exit from the Options button on PC1
    And someone else at PC1 starts Lync from Alice's Start menu and clicks Sign In
    Then the service holds no session for Alice
    And the credential cache of Alice on PC1 holds nothing for Alice
