@section:sign-out
Feature: Applications that use Lync share its sign-in
  An application built with the Lync SDK does not sign in on its own: it attaches to the Lync already running in the
  same Windows session and uses that same connection to Lync Online. Signing out is therefore signing out for
  everyone: Sign Out in Lync signs the application out too, and the application signing out signs Lync out.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @SO-12 @FS-12
  Scenario: The application sees Lync sign in, on Lync's one connection
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice starts an application that uses the Lync SDK on PC1
    Then the Lync SDK application of Alice on PC1 sees the client SignedOut
    When Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then the Lync SDK application of Alice on PC1 saw the client "SignedOut, SigningIn, SignedIn"
    And the service holds exactly one session for Alice

  @SO-12
  Scenario: Sign Out in Lync signs the application out as well
    Given Alice is signed in to Lync on PC1
    And Alice has started an application that uses the Lync SDK on PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    Then the Lync SDK application of Alice on PC1 sees the client SignedOut
    And the service holds no session for Alice

  @SO-12
  Scenario: The application signing out signs Lync out as well
    Given Alice is signed in to Lync on PC1
    And Alice has started an application that uses the Lync SDK on PC1
    When the Lync SDK application of Alice on PC1 signs out
    Then Alice sees the sign-in window on PC1
    And the Lync SDK application of Alice on PC1 sees the client SignedOut
    And the service holds no session for Alice

  @SO-12 @SO-13
  Scenario: The application cancels a sign-in that is taking long
    Given answers from Lync Online take 20 seconds
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice starts an application that uses the Lync SDK on PC1
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then the Lync SDK application of Alice on PC1 sees the client SigningIn
    When the Lync SDK application of Alice on PC1 signs out
    And 2 minutes pass
    Then Alice sees the sign-in window on PC1
    And the Lync SDK application of Alice on PC1 saw the client "SignedOut, SigningIn, SignedOut"
    And the service holds no session for Alice

  @SO-12 @SO-07
  Scenario: Exit in Lync ends the client the application was using
    Given Alice is signed in to Lync on PC1
    And Alice has started an application that uses the Lync SDK on PC1
    When Alice chooses File > Exit from the Options button on PC1
    Then the Lync SDK application of Alice on PC1 saw the client "SignedIn, ShuttingDown"
    And the service holds no session for Alice

  @SO-12 @NR-03 @assumption @assumption:sdkStateWhileReconnecting
  Scenario: While Lync reconnects by itself, the application sees it signing in
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has started an application that uses the Lync SDK on PC1
    When PC1 goes offline
    Then Lync on PC1 tells Alice "Lync lost the connection to the server and is trying to reconnect."
    And the Lync SDK application of Alice on PC1 sees the client SigningIn
    When PC1 goes on the organization's network
    Then the Lync SDK application of Alice on PC1 saw the client "SignedIn, SigningIn, SignedIn"
    And the service holds exactly one session for Alice
