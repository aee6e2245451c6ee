@section:automatic-sign-in
Feature: Server names in Advanced Connection Settings are kept without stray spaces
  The internal and external server names of Manual configuration are plain text boxes. Spaces typed before or after
  a name are not part of it: Lync keeps the name alone and looks that name up at the next sign-in.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the Lync DNS records of the domain are missing

  @AS-07 @FS-10
  Scenario: sipdir.online.lync.com:443 typed with spaces around it is kept and used without them
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice chooses Tools > Options from the Options button on PC1
    And Alice clicks "Advanced" in the Options dialog on PC1
    And Alice ticks "Manual configuration" in the Advanced Connection Settings dialog on PC1
    And Alice types "  sipdir.online.lync.com:443" into "Internal server name" in the Advanced Connection Settings dialog on PC1
    And Alice types "sipdir.online.lync.com:443  " into "External server name" in the Advanced Connection Settings dialog on PC1
    Then the "connectionSettings" window of Lync for Alice on PC1 shows "Internal server name" as "a box holding sipdir.online.lync.com:443"
    And the "connectionSettings" window of Lync for Alice on PC1 shows "External server name" as "a box holding sipdir.online.lync.com:443"
    When Alice clicks "OK" in the Advanced Connection Settings dialog on PC1
    And Alice clicks "OK" in the Options dialog on PC1
    Then the Advanced Connection Settings of Alice on PC1 are manual, with "sipdir.online.lync.com:443" in both server boxes
    When Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync looked up "sipdir.online.lync.com" in DNS
