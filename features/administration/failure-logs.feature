@section:troubleshooting
Feature: Sign-in failure logs
  When a Lync Online user's sign-in fails, Lync sends the failure log to Microsoft by itself, without asking, unless
  an administrator turned that off with a policy. Nothing is sent when the sign-in works. Lync's own log files on the
  computer are another thing: they are written only when logging is turned on in Lync.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-14 @TE-04
  Scenario: A failed sign-in sends its log to Microsoft without a prompt
    Given the clock of PC1 is 6 minutes fast
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel."
    And Microsoft received the sign-in failure log "clock skew" for Alice
    And Lync on PC1 shows Alice no credential dialog
    And Lync wrote no log file for Alice on PC1

  @FS-14
  Scenario: A sign-in that works sends nothing
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Microsoft received no sign-in failure log for Alice

  @FS-14 @AS-09
  Scenario: The DisableAutomaticSendTracing policy stops the upload
    Given Group Policy sets "Disable automatic upload of sign-in failure logs" to Enabled in the Computer Configuration of PC1
    And the clock of PC1 is 6 minutes fast
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel."
    And Microsoft received no sign-in failure log for Alice

  @FS-14 @TE-06
  Scenario: With logging turned on, Lync's own log records the failure with its code
    Given logging in Lync is turned on for Alice on PC1
    And Alice's account is not licensed for Lync Online
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the Lync log of Alice on PC1 records the failure "sign-in address not found"
    And Microsoft received the sign-in failure log "sign-in address not found" for Alice
