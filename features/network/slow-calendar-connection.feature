@section:network
Feature: A slow calendar connection still asks for credentials
  Right after sign-in Lync connects to Exchange for the calendar. On a slow link the answer can take a while, and
  Alice may already be using Lync meanwhile (changing her presence, twice). When the answer finally comes and Exchange wants
  her credentials, Lync still asks for them: an answer to something else Lync asked is not taken for it.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-06 @NR-06
  Scenario: Alice changes her presence while Exchange is still answering; the credential prompt still comes
    Given the Exchange connection will ask Alice for credentials 1 times
    And answers from Lync Online take 20 seconds
    When Alice signs in to Lync on PC1 with her password
    And 85 seconds pass
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 shows Alice no credential dialog
    Given answers from Lync Online take 0 milliseconds
    When Alice sets her presence to Busy on PC1
    And Alice sets her presence to Do Not Disturb on PC1
    And 1 minute passes
    Then Alice sees her own presence as Do Not Disturb on PC1
    And Lync on PC1 shows Alice a credential dialog
    And the credential dialog opened 1 time for Alice on PC1
