@section:troubleshooting
Feature: A computer that cannot store Lync's certificate
  At the first sign-in with a password, Lync gets a client certificate and stores it in the Windows user's
  certificate store. Two things on the computer can stop that: braces around the computer's MachineGuid in the
  registry, and a locked RSA key folder in the user's profile (seen after a password change). Lync then reports a
  problem acquiring a personal certificate; Delete my sign-in info does not help, the fix on the computer does.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @DC-12 @TE-05
  Scenario: Braces around MachineGuid: remove them and restart Lync
    Given the MachineGuid of PC1 has braces around it
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    And the personal certificate store of Alice on PC1 holds no Lync certificate
    When the support desk removes the braces around the MachineGuid of PC1
    And Alice chooses File > Exit from the Options button on PC1
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And the personal certificate store of Alice on PC1 holds a Lync certificate

  @DC-12 @TE-05 @TE-14
  Scenario: A locked RSA key folder: Delete my sign-in info is not enough, deleting the folder is
    Given the RSA key folder of Alice on PC1 is locked
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team."
    When Alice deletes her sign-in info on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Lync on PC1 tells Alice "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    When the support desk deletes the RSA key folder of Alice on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
