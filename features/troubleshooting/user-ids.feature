@section:troubleshooting
Feature: A user ID apart from the sign-in address, and an address that changes
  Microsoft's sign-in article (KB 2541980) lists a disjoint SIP/UPN among the causes of "The username, password or
  domain appears to be incorrect.": the Office 365 user ID (the UPN) is not the sign-in address. Lync presents the
  sign-in address to the identity provider first; when that and the password do not sign in, its credential dialog has
  a User name box, and the user types the user ID there (KB 2537764: such users enter the UPN and the SIP address
  separately). KB 10054 adds that the user ID can be typed the way one logs on to the organization's network,
  DOMAIN\user. Lync keeps the user name beside the address in its credential cache. When the sign-in address itself
  changes, the computer keeps the old one (the saved address, the cache entry and the sip_ folder named after it)
  until Delete my sign-in info.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-05 @TE-07 @FS-13 @kb:2541980 @kb:2537764 @assumption @assumption:wrongPasswordOutcome
  Scenario: With a disjoint SIP/UPN the sign-in address is turned down, and the user ID typed in the User name box signs in
    Given Alice's Office 365 user ID is "asmith@contoso.com"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    And the last sign-in from PC1 gave the identity provider the user ID "alice@contoso.com" and a password
    And the service holds no session for Alice
    When Alice enters the user name "asmith@contoso.com" and her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And the last sign-in from PC1 gave the identity provider the user ID "asmith@contoso.com" and a password
    And the credential cache of Alice on PC1 holds the user name "asmith@contoso.com" for Alice
    And the credential dialog opened 1 time for Alice on PC1

  @FS-05 @TE-07 @FS-13 @kb:10054 @kb:2541980 @assumption @assumption:wrongPasswordOutcome
  Scenario: The user ID typed as DOMAIN\user, the way Alice logs on to the organization's network, signs in too
    Given Alice's Office 365 user ID is "asmith@contoso.com"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice enters the user name "CONTOSO\asmith" and her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And the last sign-in from PC1 gave the identity provider the user ID "CONTOSO\asmith" and a password
    And the credential cache of Alice on PC1 holds the user name "CONTOSO\asmith" for Alice

  @FS-05 @DC-01 @kb:2541980 @assumption @assumption:wrongPasswordOutcome
  Scenario: With the user name saved beside the address, Lync signs Alice in again at logon and asks for no user name
    Given Alice's Office 365 user ID is "asmith@contoso.com"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice enters the user name "asmith@contoso.com" and her password in the credential dialog on PC1
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And the last sign-in from PC1 gave the registrar the certificate saved for "alice@contoso.com"
    And the credential cache of Alice on PC1 holds the user name "asmith@contoso.com" for Alice
    And Lync on PC1 shows Alice no credential dialog

  @DC-08 @TE-05 @kb:2537764
  Scenario: After the sign-in address changes, the computer holds the old one until Delete my sign-in info
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice's sign-in address was changed to "alice.smith@contoso.com"
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team."
    And the last sign-in from PC1 gave the registrar the certificate saved for "alice@contoso.com"
    And the sign-in address saved for Alice on PC1 is "alice@contoso.com"
    And the profile of Alice on PC1 still holds the registry key and the sip_ folder of "alice@contoso.com"
    When Alice deletes her sign-in info on PC1
    Then the profile of Alice on PC1 holds no registry key nor sip_ folder of "alice@contoso.com"
    When Alice types her sign-in address on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the last sign-in from PC1 gave the identity provider the user ID "alice.smith@contoso.com" and a password
    And the sign-in address saved for Alice on PC1 is "alice.smith@contoso.com"
    And the sip_ folder of Alice on PC1 exists
