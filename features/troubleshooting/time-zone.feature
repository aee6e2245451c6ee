@section:troubleshooting
Feature: The time zone as well as the clock
  What the service compares is the computer's UTC time. A wrong time zone on its own changes only the local time
  Windows shows, and sign-in goes on working. But when someone then sets the clock so that the local time looks right,
  the UTC time is off by hours, and Lync reports a clock problem. The fix is to set both the time zone and the clock.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-04
  Scenario: A wrong time zone with a clock set to look right
    Given the time zone of PC1 is set 6 hours behind the right one and its clock was set to show the right local time
    Then the UTC time of PC1 is 6 hours off and its local time 0 hours off
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel." under the title "Can't sign in to Lync"
    And the service holds no session for Alice
    When Alice sets the time zone and the clock of PC1 right
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-04
  Scenario: A time zone changed on its own leaves the UTC time right
    Given the time zone of PC1 is moved 3 hours
    Then the UTC time of PC1 is 0 hours off and its local time 3 hours off
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
