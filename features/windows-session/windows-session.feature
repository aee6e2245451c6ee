@section:network
Feature: Lync through the life of a Windows session
  Lync runs inside Alice's Windows session. When the computer sleeps, the session locks, every program stops and the
  network goes: a sleeping Lync does nothing, however long the night. When the computer wakes, Lync finds the connection gone
  and signs in again by itself, once. Shutting down logs everyone off. Another person can log on beside her through
  Switch user, and each of them has a Lync of their own.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice is signed in to Lync on PC1

  @NR-13 @assumption @assumption:disconnectedSeenAs
  Scenario: Sleep and resume: the connection goes and comes back, Away until Alice unlocks
    When PC1 goes to sleep
    Then Bob, a colleague, sees Alice as Offline
    And the Lync process of Alice on PC1 is running
    When PC1 wakes up
    Then Lync on PC1 has shown Alice the message "Lync lost the connection to the server and is trying to reconnect."
    And Alice is signed in to Lync Online from PC1
    And Bob, a colleague, sees Alice as Away
    When Alice unlocks PC1
    Then Bob, a colleague, sees Alice as Available

  @NR-13
  Scenario Outline: A night in <state>: Lync does nothing while PC1 is off, and signs in once when it resumes
    When PC1 <goes>
    And 12 hours pass
    Then Lync for Alice on PC1 tried to sign in 0 times in the last 12 hours
    When PC1 <resumes>
    Then Lync on PC1 has shown Alice the message "Lync lost the connection to the server and is trying to reconnect."
    And Alice is signed in to Lync Online from PC1
    And Lync for Alice on PC1 tried to sign in 1 time in the last 1 minute

    Examples:
      | state       | goes            | resumes                     |
      | sleep       | goes to sleep   | wakes up                    |
      | hibernation | hibernates      | resumes from hibernation    |

  @NR-14 @NR-15
  Scenario: Shut down and start again
    When Alice shuts down PC1
    Then no Lync process runs for Alice on PC1
    And the service holds no session for Alice
    And Bob, a colleague, sees Alice as Offline
    When PC1 is started again
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And Bob, a colleague, sees Alice as Available

  @NR-14
  Scenario: Logging off while Lync is busy: Windows ends it and Alice is Offline
    Given Alice's Lync on PC1 is busy and stops responding
    When Alice logs off PC1
    Then no Lync process runs for Alice on PC1
    And the service holds no session for Alice
    And Bob, a colleague, sees Alice as Offline

  @MU-11 @NR-13
  Scenario: Fast user switching: two Windows sessions, two Lyncs, one computer
    Given Carol has an Office 365 account
    And Lync was installed for Bob on PC1 from the Office 365 portal
    When Bob logs on to PC1 through Switch user
    Then Alice is signed in to Lync Online from PC1
    And Carol, a colleague, sees Alice as Away
    And Bob sees the sign-in window on PC1
    When Bob signs in to Lync on PC1 with his password
    Then Bob is signed in to Lync Online from PC1
    And exactly one Lync process runs for Alice on PC1
    And exactly one Lync process runs for Bob on PC1
    When Alice switches back to her session on PC1
    Then Carol, a colleague, sees Alice as Available
    And Carol, a colleague, sees Bob as Away
