@section:troubleshooting
Feature: What Lync 2010 did that Lync 2013 does not
  Some support articles describe Lync 2010. Lync 2013 with Lync Online needs no separate Sign-In Assistant
  download, so it never asks for additional software.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-11
  Scenario: Lync 2013 signs in without asking for additional software
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 never showed Alice "To sign in, additional software is required. Download and install now?"
