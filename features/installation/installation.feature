@section:first-sign-in
Feature: Lync is installed on the computer, set up per Windows user
  Alice installs Lync from the Office 365 portal on PC1. The program is then on PC1 for everyone who uses it, and her
  sign-in address is filled in for her. Bob, who shares PC1, meets Lync for the first time when he starts it himself.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-01
  Scenario: The program is on the computer; the installing user's address is pre-configured
    Then Lync is installed on PC1 for every user
    And Lync 2013 is in the Start menu of Alice on PC1
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then the sign-in address box on PC1 holds Alice's sign-in address

  @MU-03 @FS-01
  Scenario: Another Windows user's first start is a first start
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice logs off PC1
    When Bob logs on to PC1
    Then no Lync process runs for Bob on PC1
    And the Run entries of Bob on PC1 do not include Lync
    And Lync 2013 is in the Start menu of Bob on PC1
    When Bob clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Bob sees the sign-in window on PC1
    And the sign-in address box of Bob on PC1 is empty
    And Bob sees no password box on PC1
    And the credential cache of Bob on PC1 holds nothing for Alice
    And the Run entries of Bob on PC1 include Lync
    When Bob types his sign-in address on PC1
    And Bob clicks Sign In on PC1
    And Bob enters his password and clicks Sign In on PC1
    Then Bob is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 holds Alice's password

  @MU-03
  Scenario: After his first run, Lync starts for Bob at his next logon
    Given Alice logs off PC1
    And Bob logs on to PC1
    And Bob clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    When Bob logs off PC1
    And Bob logs on to PC1
    Then the Lync process of Bob on PC1 is running
    And Bob sees the sign-in window on PC1
