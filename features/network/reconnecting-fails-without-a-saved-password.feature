@section:network
Feature: Reconnecting fails for someone who did not save the password
  When Lync cannot reconnect after a network drop, it goes back to the sign-in screen with the message. For someone
  who did not save the password, that screen has the password box, as at any sign-in without saved credentials:
  Lync still holds the password typed at the start of the session, so Sign In is enough once the servers answer.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @NR-03 @TE-01 @DC-07
  Scenario: The servers do not answer when the network returns: the sign-in screen with a password box
    Given Alice has signed in to Lync on PC1 with Save my password cleared
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When the Lync Online servers are not answering
    And PC1 goes on the organization's network
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Alice sees the sign-in window on PC1
    And Alice sees a password box on PC1
    And the service holds no session for Alice
    When the Lync Online servers answer again
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @NR-03 @TE-01 @DC-07
  Scenario: With the password saved, the same failure shows no password box
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When the Lync Online servers are not answering
    And PC1 goes on the organization's network
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Alice sees no password box on PC1
    When the Lync Online servers answer again
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
