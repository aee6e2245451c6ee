@section:troubleshooting
Feature: Changes that take a while to reach Lync Online
  A change an administrator makes does not reach the sign-in at once. A user licensed for Lync Online is provisioned
  about 30 minutes later (KB 10133). When an old Lync Server or OCS deployment left msRTCSIP-UserEnabled at FALSE in
  the on-premises Active Directory, directory synchronization carries it to Office 365 and the user's address is
  "not found" although the portal shows the licence; the fix is to set it to TRUE, force a directory
  synchronization and wait about 30 minutes (KB 2705378).

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-06 @TE-16
  Scenario: msRTCSIP-UserEnabled set back to TRUE on premises takes effect after a directory synchronization and about 30 minutes
    Given msRTCSIP-UserEnabled of Alice is FALSE in the on-premises Active Directory
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    When the administrator sets msRTCSIP-UserEnabled of Alice to TRUE on premises and forces a directory synchronization
    And 10 minutes pass
    And Alice clicks Sign In on PC1
    Then the service holds no session for Alice
    And Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    When 20 minutes pass
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
