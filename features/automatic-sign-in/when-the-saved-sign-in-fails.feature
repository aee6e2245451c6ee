@section:automatic-sign-in
Feature: When the sign-in with a saved password fails
  Lync signs in by itself with the password and certificate it saved. When that sign-in fails for a reason a password
  cannot fix, such as no network or a certificate the service no longer accepts, Lync shows the message and no
  password box: putting the cause right and clicking Sign In is enough, or, for the certificate, Delete my sign-in
  info. Without a saved password, Lync does not try at all when it starts.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-20 @TE-09 @DC-03
  Scenario: After an outage the saved certificate fails, and the password box comes back only with Delete my sign-in info
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Lync Online has an outage
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    When 1 minute passes
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    When Lync Online is restored
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "Cannot sign into Lync. There was a problem verifying the certificate from the server."
    And Alice sees no password box on PC1
    When Alice deletes her sign-in info on PC1
    Then Alice sees a password box on PC1
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @AS-01 @NR-04 @assumption @assumption:signInAutoRetry @assumption:networkDelayMessage
  Scenario: With sign-in auto-retry turned off, an automatic sign-in with no network gives up without asking for the password
    Given sign-in auto-retry is turned off in Lync
    And Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice logs off PC1
    And PC1 is offline
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    And Alice sees no password box on PC1
    When PC1 goes on the organization's network
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @FS-07 @AS-01
  Scenario: Without a saved password Lync sends nothing when it starts and waits for the password
    Given Alice has signed in to Lync on PC1 with Save my password cleared
    And Alice has chosen File > Exit from the Options button on PC1
    When 2 minutes pass
    And Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And 1 minute passes
    Then Alice sees the sign-in window on PC1
    And Alice sees a password box on PC1
    And Lync for Alice on PC1 sent no request in the last 2 minutes
