@section:troubleshooting
Feature: Outlook's default mail profile and the Lync sign-in address
  When Lync signs in on a computer with Outlook 2013, it connects to Outlook and compares the mailbox address of the
  default Outlook profile with its sign-in address. If they are different, Outlook is set up for another mailbox (of
  another organization, say), and Lync says there was a problem connecting to Outlook. Lync still signs in. It reads
  the profile when it signs in, so changing the default profile helps only after signing out and back in.

  Mail profiles belong to each Windows user: Mail in Control Panel lists them (Show Profiles) and sets the one that is
  always used. The first profile added becomes the default; another one added later does not. No source gives Lync
  2013's own wording of the message: the article quotes Lync 2010's, and the scenarios that show it rely on that text
  (assumption outlookProfileMismatchMessage).

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Outlook 2013 is installed on PC1

  @kb:2436962
  Scenario: The default Outlook profile is for the sign-in address: no message
    Given Alice has an Outlook profile "Contoso" for "alice@contoso.com" on PC1
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no message on PC1
    And the default Outlook profile of Alice on PC1 is "Contoso (alice@contoso.com)"

  @kb:2436962
  Scenario: An address that differs only in capital letters opens the same mailbox: no message
    Given Alice has an Outlook profile "Contoso" for "Alice@Contoso.com" on PC1
    When Alice signs in to Lync on PC1 with her password
    Then Alice sees no message on PC1

  @kb:2436962
  Scenario: Outlook 2013 without any mail profile: nothing to compare, no message
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no message on PC1
    And the default Outlook profile of Alice on PC1 is "none"

  @kb:2436962 @assumption @assumption:outlookProfileMismatchMessage
  Scenario: The default Outlook profile is for another mailbox: Lync signs in and says there was a problem connecting to Outlook
    Given Alice has an Outlook profile "Fabrikam" for "alice@fabrikam.com" on PC1
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 tells Alice "There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync."
    And the default Outlook profile of Alice on PC1 is "Fabrikam (alice@fabrikam.com)"

  @kb:2436962 @assumption @assumption:outlookProfileMismatchMessage
  Scenario: Making the profile for the sign-in address the default, then signing out and back in, brings the message away
    Given Alice has an Outlook profile "Fabrikam" for "alice@fabrikam.com" on PC1
    And Alice has an Outlook profile "Contoso" for "alice@contoso.com" on PC1
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync."
    When Alice makes the Outlook profile "Contoso" the default in Mail on PC1
    Then the default Outlook profile of Alice on PC1 is "Contoso (alice@contoso.com)"
    And Lync on PC1 tells Alice "There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync."
    When Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Alice sees no message on PC1

  @kb:2436962 @assumption @assumption:outlookProfileMismatchMessage
  Scenario: With no profile for the sign-in address, a new one is added in Mail and made the default
    Given Alice has an Outlook profile "Fabrikam" for "alice@fabrikam.com" on PC1
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync."
    When Alice adds an Outlook profile "Contoso" for "alice@contoso.com" in Mail on PC1
    Then the Outlook profiles of Alice on PC1 are "Fabrikam (alice@fabrikam.com), Contoso (alice@contoso.com)"
    And the default Outlook profile of Alice on PC1 is "Fabrikam (alice@fabrikam.com)"
    When Alice makes the Outlook profile "Contoso" the default in Mail on PC1
    And Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Alice sees no message on PC1

  @kb:2436962 @assumption @assumption:outlookProfileMismatchMessage
  Scenario: The support desk sets the default profile right for the user who reports the problem
    Given Alice's default Outlook profile on PC1 is for another email address
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync."
    When the support desk makes an Outlook profile for Alice's sign-in address the default on PC1
    And Alice chooses File > Sign Out from the Options button on PC1
    And Alice clicks Sign In on PC1
    Then Alice sees no message on PC1
    And the default Outlook profile of Alice on PC1 is "Contoso (alice@contoso.com)"

  @kb:2436962 @assumption @assumption:outlookProfileMismatchMessage
  Scenario: Mail profiles belong to the Windows user: Bob signing in to Lync in Alice's session meets Alice's mailbox
    Given Alice has an Outlook profile "Contoso" for "alice@contoso.com" on PC1
    And Bob has an Office 365 account
    When Alice signs in to Lync on PC1 with her password
    Then Alice sees no message on PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And Bob, at Alice's desktop on PC1, signs in with his own sign-in address and password
    Then Bob is signed in to Lync Online from PC1
    And Lync on PC1 tells Alice "There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync."
    And the default Outlook profile of Alice on PC1 is "Contoso (alice@contoso.com)"
