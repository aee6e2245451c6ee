@section:troubleshooting
Feature: A computer clock that is wrong
  The service refuses a sign-in from a computer whose clock is more than five minutes away from the right time.
  It is a fault of that computer: the same person signs in fine from another one. The Sign-In Assistant keeps the
  skew it was told about as the ClockSkew value under HKEY_USERS\.DEFAULT\Software\Microsoft\MSOIdentityCRL (KB 2581291).

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-04
  Scenario: The clock is six minutes fast
    Given the clock of PC1 is 6 minutes fast
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel." under the title "Can't sign in to Lync"
    And the service holds no session for Alice
    When Alice sets the clock of PC1 right
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1

  @TE-04 @MU-09
  Scenario: The same person signs in from a computer whose clock is right
    Given the clock of PC1 is 6 minutes fast
    And Alice is logged on to PC2 on the organization's network
    And Lync was installed for Alice on PC2 from the Office 365 portal
    When Alice signs in to Lync on PC1 with her password
    And Alice signs in to Lync on PC2 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel." under the title "Can't sign in to Lync"
    And Alice is signed in to Lync Online from PC2
    And the service holds no session for Alice from PC1

  @TE-04
  Scenario: Four minutes off is still within what the service accepts
    Given the clock of PC1 is 4 minutes fast
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1

  @TE-04
  Scenario: The Sign-In Assistant notes the skew in the registry, where support looks for it
    Given the clock of PC1 is 6 minutes fast
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel." under the title "Can't sign in to Lync"
    And the Sign-In Assistant on PC1 keeps a ClockSkew value of 360 seconds
    When Alice sets the clock of PC1 right
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Sign-In Assistant on PC1 keeps no ClockSkew value
