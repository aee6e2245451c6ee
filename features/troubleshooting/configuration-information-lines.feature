@section:troubleshooting
Feature: What Configuration Information shows signed in and signed out
  Configuration Information names the SIP server Lync is signed in to and whether it signed in from inside the
  organization, and the URL of the address book web service. Signed out, there is no server to name: those lines are empty, and the calendar connection is not up.
  Its Close button closes it.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @SO-09 @NR-16
  Scenario: Signed in, Configuration Information names the SIP server, and Close closes it
    When Alice signs in to Lync on PC1 with her password
    And Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then the "configurationInformation" window of Lync for Alice on PC1 is titled "Lync - Configuration Information"
    And the "configurationInformation" window of Lync for Alice on PC1 shows the controls "SIP Server, Inside User Status, ABS Server Internal URL, ABS Server External URL, EWS Internal URL, EWS External URL, EWS Information, Close"
    And Configuration Information of Alice on PC1 reads "sippoolam41a01.infra.lync.com" for "SIP Server"
    And Configuration Information of Alice on PC1 reads "TRUE" for "Inside User Status"
    And the "configurationInformation" window of Lync for Alice on PC1 shows "Close" as "a button"
    When Alice clicks "Close" in the Configuration Information window on PC1
    Then Alice sees no Configuration Information on PC1
    And Alice is signed in to Lync Online from PC1

  @SO-09 @NR-16 @SO-04
  Scenario: Signed out, Configuration Information names no server and no inside status
    When Alice signs in to Lync on PC1 with her password
    And Alice chooses File > Sign Out from the Options button on PC1
    And Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Configuration Information of Alice on PC1 reads "" for "SIP Server"
    And Configuration Information of Alice on PC1 reads "" for "Inside User Status"
    And Configuration Information of Alice on PC1 reads "" for "ABS Server External URL"
    And Configuration Information of Alice on PC1 reads "EWS not fully initialized" for "EWS Information"
