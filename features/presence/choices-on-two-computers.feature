@section:network
Feature: Presence chosen on one of two computers
  Alice is signed in to Lync on two computers at once. What Bob sees of her comes from both: a presence she chose
  by hand on either computer outweighs what Lync works out by itself on the other, and of two choices the later one
  shows. Using a computer does not bring back its older choice, and choosing Available hands presence back to Lync.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1
    And Alice is signed in to Lync on PC2

  @assumption @assumption:presenceAcrossEndpoints
  Scenario: A choice on one computer outweighs Available on the other
    When Alice sets her presence to Busy on PC1
    Then Bob, a colleague, sees Alice as Busy
    When Alice moves the mouse on PC2
    Then Bob, a colleague, sees Alice as Busy
    And Alice sees her own presence as Available on PC2

  @assumption @assumption:presenceAcrossEndpoints
  Scenario: The later choice shows, and using the other computer does not bring back its older one
    When Alice sets her presence to Busy on PC1
    And Alice sets her presence to Do Not Disturb on PC2
    Then Bob, a colleague, sees Alice as Do Not Disturb
    When Alice moves the mouse on PC1
    Then Bob, a colleague, sees Alice as Do Not Disturb
    When Alice sets her presence to Available on PC2
    Then Bob, a colleague, sees Alice as Busy
