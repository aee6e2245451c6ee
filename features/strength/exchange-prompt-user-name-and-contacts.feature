@section:troubleshooting
Feature: Both sides of the Exchange prompt, the User name box and the Add a Contact box
  Scenarios that hold a client to the details of three boxes: the Exchange prompt's own Save my password (offered
  cleared, greyed out where Group Policy forbids saving passwords), the User name box of the credential dialog (what
  is left there, or the sign-in address typed again in any case, is not a user ID of its own), and the Add a Contact
  box (nothing typed adds no one; an address typed in capitals is the same person). Lync's retry of Exchange is
  played after a sign-out too: a retry left over from the last sign-in connects nobody.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-06 @FS-07 @kb:2787614
  Scenario: The Exchange prompt offers Save my password cleared, and ticking it shows it ticked
    Given Alice is logged on to PC1 on the organization's network
    And the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then the "credentials" window of Lync for Alice on PC1 shows "Save my password" as "a cleared box"
    When Alice ticks "Save my password" in the credential dialog on PC1
    Then the "credentials" window of Lync for Alice on PC1 shows "Save my password" as "a ticked box"

  @FS-06 @AS-08 @kb:2787614
  Scenario: Where Group Policy forbids saving passwords, the Exchange prompt's Save my password is cleared and greyed out
    Given Group Policy sets "Allow storage of user passwords" to Disabled in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    And the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then the "credentials" window of Lync for Alice on PC1 shows "Save my password" as "a cleared box, greyed out"
    When Alice enters her password in the credential dialog on PC1
    Then Exchange Online let Alice in with a password 1 time
    And the credential cache of Alice on PC1 holds no password for Alice

  @FS-05 @FS-13 @kb:2541980 @assumption @assumption:wrongPasswordOutcome
  Scenario Outline: The sign-in address typed again in the User name box, <how>, is the sign-in address itself
    Given Alice is logged on to PC1 on the organization's network
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice enters the user name "<typed>" and her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And the last sign-in from PC1 gave the identity provider the user ID "alice@contoso.com" and a password
    And the credential cache of Alice on PC1 holds the user name "alice@contoso.com" for Alice

    Examples:
      | how                        | typed             |
      | in capitals                | ALICE@CONTOSO.COM |
      | as it is                   | alice@contoso.com |
      | with nothing left in it    |                   |

  @FS-05 @FS-13 @kb:2541980 @assumption @assumption:wrongPasswordOutcome
  Scenario: Spaces around the user name are not part of it
    Given Alice's Office 365 user ID is "asmith@contoso.com"
    And Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice enters the user name "  asmith@contoso.com  " and her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And the last sign-in from PC1 gave the identity provider the user ID "asmith@contoso.com" and a password
    And the credential cache of Alice on PC1 holds the user name "asmith@contoso.com" for Alice

  @kb:2435699
  Scenario: Add to Contacts List with nothing typed adds no one
    Given Alice is logged on to PC1 on the organization's network
    And Alice is signed in to Lync on PC1
    When Alice clicks "Add to Contacts List" on PC1
    Then the contact list Lync Online keeps for Alice holds ""
    And Alice's Lync on PC1 lists the contacts ""

  @kb:2435699
  Scenario: An address typed in capitals in the Add a Contact box adds the same colleague
    Given Alice is logged on to PC1 on the organization's network
    And Alice is signed in to Lync on PC1
    When Alice types "BOB@CONTOSO.COM" into "Add a Contact" on PC1
    And Alice clicks "Add to Contacts List" on PC1
    Then the contact list Lync Online keeps for Alice holds "Bob"
    And Alice's Lync on PC1 lists the contacts "Bob"
    And CoreContact.cache of Alice on PC1 lists "Bob"

  @FS-06 @kb:2787614 @assumption @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Signed out before Lync retries Exchange, the retry connects nobody; the next sign-in connects
    Given Alice is logged on to PC1 on the organization's network
    And Exchange Online does not answer
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And Alice chooses File > Sign Out from the Options button on PC1
    And Exchange Online answers again
    And 5 minutes pass
    Then Exchange Online saw no authentication for Alice
    When Alice clicks Sign In on PC1
    Then Exchange Online let Alice in with a password 1 time

  @FS-06 @AS-01 @kb:2787614 @assumption @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Signed in with the saved password at logon, Lync retries Exchange with that password once it answers
    Given Alice is logged on to PC1 on the organization's network
    And Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice logs off PC1
    And Exchange Online does not answer
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    When Exchange Online answers again
    And 5 minutes pass
    Then Alice sees no message on PC1
    And Exchange Online let Alice in with a password 2 times

  @kb:2435699
  Scenario: Spaces around the address in the Add a Contact box are not part of it
    Given Alice is logged on to PC1 on the organization's network
    And Alice is signed in to Lync on PC1
    When Alice types "  bob@contoso.com  " into "Add a Contact" on PC1
    And Alice clicks "Add to Contacts List" on PC1
    Then the contact list Lync Online keeps for Alice holds "Bob"
    And Alice's Lync on PC1 lists the contacts "Bob"

  @FS-15 @kb:2435699
  Scenario: Spaces around a name typed in the search box are not part of it
    Given Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    And Alice searches for "  Bob  " in Lync on PC1
    Then Alice's search in Lync on PC1 finds Bob
    And the number of searches the Address Book Web Query service answered from Alice's Lync on PC1 is 1

  @FS-06 @kb:2787614 @assumption @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Exchange answering again is noticed at Lync's next retry, not before
    Given Alice is logged on to PC1 on the organization's network
    And Exchange Online does not answer
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    When Exchange Online answers again
    And 1 minute passes
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And Exchange Online saw no authentication for Alice
    When 4 minutes pass
    Then Alice sees no message on PC1
    And Exchange Online let Alice in with a password 1 time
