@section:troubleshooting
Feature: The Sign-In Assistant installed, missing or out of date
  Lync 2013 signs in to Office 365 through the Microsoft Online Services Sign-in Assistant, which Office brings with
  it. It can still be removed on its own from Programs and Features, or be left at an old version. An old Sign-In
  Assistant is one of the causes Microsoft gives for the personal-certificate message (KB 2604176). With it missing,
  Lync 2013 cannot reach the identity provider at all and says, as for a stopped service, that the sign-in address was
  not found; unlike Lync 2010, it never offers to download additional software. Office 365 Desktop Setup, or the
  download on the portal, puts the current version back and starts its service.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-06 @TE-11 @kb:10054
  Scenario: Without the Sign-In Assistant Lync 2013 cannot sign in, and does not offer to download it
    Given the Microsoft Online Services Sign-in Assistant is not installed on PC1
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And Lync on PC1 never showed Alice "To sign in, additional software is required. Download and install now?"
    And the service holds no session for Alice
    And the Sign-In Assistant is not installed on PC1

  @TE-06 @kb:10054
  Scenario: A Sign-In Assistant that is not installed cannot be started, but installing it brings the sign-in back
    Given the Microsoft Online Services Sign-in Assistant is not installed on PC1
    When the support desk starts the Microsoft Online Services Sign-in Assistant service on PC1
    Then the Sign-In Assistant service on PC1 is stopped
    And the Sign-In Assistant is not installed on PC1
    When the support desk installs the Microsoft Online Services Sign-in Assistant on PC1
    Then the Sign-In Assistant on PC1 is up to date
    And the Sign-In Assistant service on PC1 is running
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1

  @TE-05 @kb:2604176
  Scenario: An out-of-date Sign-In Assistant gets no personal certificate until it is updated
    Given the Microsoft Online Services Sign-in Assistant on PC1 is out of date
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    And the Sign-In Assistant service on PC1 is running
    When the support desk updates the Microsoft Online Services Sign-in Assistant on PC1
    Then the Sign-In Assistant on PC1 is up to date
    When Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
