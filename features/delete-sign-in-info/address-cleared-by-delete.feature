@section:delete-sign-in-info
Feature: With the alternative setting, Delete my sign-in info also empties the sign-in address
  Whether the sign-in address box stays filled after Delete my sign-in info is not settled (DC-03): by default it
  keeps the address the installer set. These scenarios switch to the alternative: Delete also clears the address
  Lync keeps in Alice's registry, so the box is empty, now and at the next start, until she types her address.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Delete my sign-in info also empties the sign-in address in Lync
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1

  @DC-03 @DC-02 @FS-05 @assumption @assumption:addressKeptAfterDelete
  Scenario: After Delete the address box is empty, also at the next start, until Alice types her address
    When Alice deletes her sign-in info on PC1
    Then the sign-in address box of Alice on PC1 is empty
    And the Lync setting "signInAddress" of Alice on PC1 is "''"
    And the credential cache of Alice on PC1 holds nothing for Alice
    When Alice chooses File > Exit from the Options button on PC1
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then the sign-in address box of Alice on PC1 is empty
    And Alice sees no password box on PC1
    And Lync read the credential cache of Alice on PC1 only for Alice's sign-in address
    When Alice types her sign-in address on PC1
    And Alice clicks Sign In on PC1
    And Alice types her password on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync setting "signInAddress" of Alice on PC1 is "'alice@contoso.com'"
