@section:troubleshooting
Feature: The message for a saved front end that no longer answers
  Lync keeps the front end it last signed in to and registers there directly next time (DC-10). When that front end
  no longer answers, what Lync says is not known from the sources; the scenarios give it a wording of their own, to
  check that this message comes for that case only: a server that does not answer while Lync is still looking for
  one gives the usual server-unavailable message, saved front end or not.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Lync says "The saved server did not answer (wording for this test)." when the front end it saved no longer answers
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @DC-10 @assumption @assumption:staleEndpointMessage
  Scenario: The saved front end was retired: Lync gives the message for it
    Given the front end cached for Alice on PC1 has been retired
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "The saved server did not answer (wording for this test)."
    And the service holds no session for Alice
    When Alice deletes her sign-in info on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @DC-10 @TE-01 @assumption @assumption:staleEndpointMessage
  Scenario: The servers do not answer while Lync is looking for one: the usual message, though a front end is saved
    When Alice logs off PC1
    And the Lync Online servers are not answering
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Lync on PC1 never showed Alice "The saved server did not answer (wording for this test)."
    When the Lync Online servers answer again
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @DC-10 @AS-08 @FS-16 @assumption @assumption:staleEndpointMessage
  Scenario: A registration with the pool that gets no answer gives the usual message, though a front end is saved
    Given Group Policy sets "Allow storage of user passwords" to Disabled in the Computer Configuration of PC1
    And Group Policy sets "Disable HTTP fallback for SIP connection" to Enabled in the Computer Configuration of PC1
    When Alice logs off PC1
    And the organization's firewall blocks SIP over TLS and allows HTTP
    And Alice logs on to PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Lync on PC1 never showed Alice "The saved server did not answer (wording for this test)."
    And the service holds no session for Alice
