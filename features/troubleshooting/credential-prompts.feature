@section:troubleshooting
Feature: Credential prompts after the first sign-in
  Right after the first sign-in, Lync may ask for the password up to three times while it connects to Exchange for the
  calendar. That is not an error: Lync stays signed in throughout, and it stops asking after the third time.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-06 @TE-22
  Scenario: Two prompts for the calendar connection
    Given the Exchange connection will ask Alice for credentials 2 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    And Alice is signed in to Lync Online from PC1
    When Alice enters her password in the credential dialog on PC1
    And Alice enters her password in the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And the credential dialog opened 2 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1

  @TE-22 @FS-06 @assumption @assumption:exchangeTurnedDownMessage
  Scenario: A calendar connection that keeps asking stops after three prompts
    Given the Exchange connection will ask Alice for credentials 10 times
    When Alice signs in to Lync on PC1 with her password
    And Alice enters her password in the credential dialog on PC1
    And Alice enters her password in the credential dialog on PC1
    And Alice enters her password in the credential dialog on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And the credential dialog opened 3 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1
    And Lync on PC1 tells Alice "Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable."
    And Exchange Online turned down a password for Alice 4 times
