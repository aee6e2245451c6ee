@section:network
Feature: Retries every 30 seconds, not a second sooner
  With no network at sign-in, Lync retries every 30 seconds (NR-01, TE-23): one second short of the first retry
  there has been none yet, and on the second it is there. A retry starts when the one before has failed, so the
  second comes a moment after 60 seconds.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @NR-01 @TE-23
  Scenario Outline: <seconds> seconds after a sign-in with no network, Lync has retried <retries>
    Given PC1 is offline
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    When <seconds> seconds pass
    Then Lync for Alice on PC1 tried to sign in <retries> in the last <seconds> seconds

    Examples:
      | seconds | retries |
      | 29      | 0 times |
      | 30      | 1 time  |
      | 59      | 1 time  |
      | 61      | 2 times |
