@section:leaving-lync
Feature: Leaving Lync with a dialog still open
  Alice may close the main window, sign out or exit while one of Lync's dialogs is still open: the trust prompt or
  the credential dialog of a sign-in under way, the Options dialog, Advanced Connection Settings, the question
  before Delete my sign-in info, or Configuration Information. Each way of leaving works as it does with no dialog
  open. A dialog left open is answered Cancel, so nothing it held is kept, and no sign-in is left waiting on a
  question nobody can see.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-08 @TE-10 @SO-02
  Scenario: The trust prompt waits and Alice leaves by the X in the upper-right corner of the main window: that sign-in ends
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice uses the X in the upper-right corner of the main window on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And Lync of Alice on PC1 is signed out with its window closed
    And the service holds no session for Alice
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out with its window closed
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the trust prompt opened 1 time for Alice on PC1

  @FS-08 @TE-10 @SO-02
  Scenario: The trust prompt waits and Alice leaves by Options > File > Close: that sign-in ends
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice uses Options > File > Close on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And Lync of Alice on PC1 is signed out with its window closed
    And the service holds no session for Alice
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out with its window closed
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the trust prompt opened 1 time for Alice on PC1

  @FS-08 @TE-10 @SO-04 @SO-08 @SO-13
  Scenario: The trust prompt waits and Alice leaves by Options > File > Sign Out: that sign-in ends
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice uses Options > File > Sign Out on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And Lync of Alice on PC1 is signed out at the sign-in window
    And the service holds no session for Alice
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out at the sign-in window
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the trust prompt opened 1 time for Alice on PC1

  @FS-08 @TE-10 @SO-04 @SO-08 @SO-13
  Scenario: The trust prompt waits and Alice leaves by the Lync icon's Sign Out: that sign-in ends
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice uses the Lync icon's Sign Out on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And Lync of Alice on PC1 is signed out at the sign-in window
    And the service holds no session for Alice
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out at the sign-in window
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the trust prompt opened 1 time for Alice on PC1

  @FS-08 @TE-10 @SO-07 @SO-08
  Scenario: The trust prompt waits and Alice leaves by Options > File > Exit: that sign-in ends
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice uses Options > File > Exit on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And Lync of Alice on PC1 is not running
    And the service holds no session for Alice
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When 5 minutes pass
    Then Lync of Alice on PC1 is not running
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the trust prompt opened 1 time for Alice on PC1

  @FS-08 @TE-10 @SO-07 @SO-08
  Scenario: The trust prompt waits and Alice leaves by the Lync icon's Exit: that sign-in ends
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice uses the Lync icon's Exit on PC1
    Then Alice sees no "trustServer" window of Lync on PC1
    And Lync of Alice on PC1 is not running
    And the service holds no session for Alice
    And the Lync setting "trustedServers" of Alice on PC1 is "[]"
    When 5 minutes pass
    Then Lync of Alice on PC1 is not running
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the trust prompt opened 1 time for Alice on PC1

  @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome @SO-02
  Scenario: The credential dialog asks again after a wrong password and Alice leaves by the X in the upper-right corner of the main window: that sign-in ends
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice uses the X in the upper-right corner of the main window on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is signed out with its window closed
    And the service holds no session for Alice
    And the credential cache of Alice on PC1 holds no password for Alice
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out with its window closed
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the credential dialog opened 1 time for Alice on PC1

  @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome @SO-02
  Scenario: The credential dialog asks again after a wrong password and Alice leaves by Options > File > Close: that sign-in ends
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice uses Options > File > Close on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is signed out with its window closed
    And the service holds no session for Alice
    And the credential cache of Alice on PC1 holds no password for Alice
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out with its window closed
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the credential dialog opened 1 time for Alice on PC1

  @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome @SO-04 @SO-08 @SO-13
  Scenario: The credential dialog asks again after a wrong password and Alice leaves by Options > File > Sign Out: that sign-in ends
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice uses Options > File > Sign Out on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is signed out at the sign-in window
    And the service holds no session for Alice
    And the credential cache of Alice on PC1 holds no password for Alice
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out at the sign-in window
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the credential dialog opened 1 time for Alice on PC1

  @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome @SO-04 @SO-08 @SO-13
  Scenario: The credential dialog asks again after a wrong password and Alice leaves by the Lync icon's Sign Out: that sign-in ends
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice uses the Lync icon's Sign Out on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is signed out at the sign-in window
    And the service holds no session for Alice
    And the credential cache of Alice on PC1 holds no password for Alice
    When 5 minutes pass
    Then Lync of Alice on PC1 is signed out at the sign-in window
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the credential dialog opened 1 time for Alice on PC1

  @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome @SO-07 @SO-08
  Scenario: The credential dialog asks again after a wrong password and Alice leaves by Options > File > Exit: that sign-in ends
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice uses Options > File > Exit on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is not running
    And the service holds no session for Alice
    And the credential cache of Alice on PC1 holds no password for Alice
    When 5 minutes pass
    Then Lync of Alice on PC1 is not running
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the credential dialog opened 1 time for Alice on PC1

  @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome @SO-07 @SO-08
  Scenario: The credential dialog asks again after a wrong password and Alice leaves by the Lync icon's Exit: that sign-in ends
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice uses the Lync icon's Exit on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is not running
    And the service holds no session for Alice
    And the credential cache of Alice on PC1 holds no password for Alice
    When 5 minutes pass
    Then Lync of Alice on PC1 is not running
    And Lync for Alice on PC1 sent no request in the last 5 minutes
    And the credential dialog opened 1 time for Alice on PC1

  @SO-09 @FS-08 @TE-10 @SO-02
  Scenario: Configuration Information waits while the trust prompt is open, so closing Lync cannot leave the sign-in hanging
    Given Autodiscover sends Lync to web services at "lyncweb.contoso-hosting.net"
    When Alice signs in to Lync on PC1 with her password
    And Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Alice sees no Configuration Information on PC1
    And Lync on PC1 asks Alice "Lync is attempting to connect to: lyncweb.contoso-hosting.net Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?"
    When Alice clicks the X in the upper-right corner of the Lync window on PC1
    Then Lync of Alice on PC1 is signed out with its window closed
    When Alice clicks the Lync icon in the notification area on PC1
    Then Lync of Alice on PC1 is signed out at the sign-in window
    When Alice clicks Sign In on PC1
    And Alice clicks Connect on PC1
    Then Alice is signed in to Lync Online from PC1

  @SO-09 @FS-13 @TE-07 @assumption @assumption:wrongPasswordOutcome
  Scenario: Configuration Information waits while the credential dialog is open; the sign-in goes on when Alice answers it
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice clicks Sign In on PC1
    And Alice types a wrong password on PC1
    And Alice clicks Sign In on PC1
    And Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    Then Alice sees no Configuration Information on PC1
    And Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And Lync on PC1 shows Alice a credential dialog
    When Alice enters her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And Lync of Alice on PC1 is signed in at the main window

  @AS-02 @AS-06
  Scenario Outline: The Options dialog is open when Alice leaves by <way>: what she changed in it is not kept
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice clears "Automatically start Lync when I log on to Windows" in the Options dialog on PC1
    And Alice uses <way> on PC1
    Then Alice sees no "options" window of Lync on PC1
    And Lync of Alice on PC1 is <afterwards>
    And the Run entries of Alice on PC1 include Lync

    @SO-02
    Examples: Close
      | way                                                | afterwards                       |
      | the X in the upper-right corner of the main window | signed in with its window closed |
      | Options > File > Close                             | signed in with its window closed |

    @SO-04 @SO-08
    Examples: Sign Out
      | way                       | afterwards                       |
      | Options > File > Sign Out | signed out at the sign-in window |
      | the Lync icon's Sign Out  | signed out at the sign-in window |

    @SO-07 @SO-08
    Examples: Exit
      | way                   | afterwards  |
      | Options > File > Exit | not running |
      | the Lync icon's Exit  | not running |

  @FS-12 @SO-02
  Scenario: The Options dialog is open while Lync signs in and Alice leaves by the X in the upper-right corner of the main window
    Given answers from Lync Online take 20 seconds
    When Alice signs in to Lync on PC1 with her password
    Then Alice sees the signing-in screen on PC1
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice uses the X in the upper-right corner of the main window on PC1
    And 2 minutes pass
    Then Alice sees no "options" window of Lync on PC1
    And Lync of Alice on PC1 is signed in with its window closed

  @FS-12 @SO-08 @SO-13
  Scenario: The Options dialog is open while Lync signs in and Alice leaves by the Lync icon's Sign Out
    Given answers from Lync Online take 20 seconds
    When Alice signs in to Lync on PC1 with her password
    Then Alice sees the signing-in screen on PC1
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice uses the Lync icon's Sign Out on PC1
    And 2 minutes pass
    Then Alice sees no "options" window of Lync on PC1
    And Lync of Alice on PC1 is signed out at the sign-in window

  @FS-12 @SO-07
  Scenario: The Options dialog is open while Lync signs in and Alice leaves by Options > File > Exit
    Given answers from Lync Online take 20 seconds
    When Alice signs in to Lync on PC1 with her password
    Then Alice sees the signing-in screen on PC1
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice uses Options > File > Exit on PC1
    And 2 minutes pass
    Then Alice sees no "options" window of Lync on PC1
    And Lync of Alice on PC1 is not running

  @AS-07
  Scenario Outline: Advanced Connection Settings is open when Alice leaves by <way>: the connection settings stay as they were
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice clicks "Advanced" in the Options dialog on PC1
    And Alice uses <way> on PC1
    Then Alice sees no "connectionSettings" window of Lync on PC1
    And Alice sees no "options" window of Lync on PC1
    And Lync of Alice on PC1 is <afterwards>

    @SO-02
    Examples: Close
      | way                    | afterwards                       |
      | Options > File > Close | signed in with its window closed |

    @SO-04
    Examples: Sign Out
      | way                       | afterwards                       |
      | Options > File > Sign Out | signed out at the sign-in window |

    @SO-08
    Examples: Exit
      | way                  | afterwards  |
      | the Lync icon's Exit | not running |

  @DC-05
  Scenario Outline: The question before Delete my sign-in info is open when Alice leaves by <way>: nothing is deleted
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice has chosen File > Sign Out from the Options button on PC1
    When Alice clicks "Delete my sign-in info" on PC1
    Then Lync on PC1 asks Alice "Are you sure you want to delete your sign-in info from this computer?"
    When Alice uses <way> on PC1
    Then Alice sees no "confirmDelete" window of Lync on PC1
    And Lync of Alice on PC1 is <afterwards>
    And the credential cache of Alice on PC1 holds Alice's password
    And the credential cache of Alice on PC1 holds Alice's certificate

    @SO-02
    Examples: Close
      | way                                                | afterwards                        |
      | the X in the upper-right corner of the main window | signed out with its window closed |
      | Options > File > Close                             | signed out with its window closed |

    @SO-07 @SO-08
    Examples: Exit
      | way                   | afterwards  |
      | Options > File > Exit | not running |
      | the Lync icon's Exit  | not running |

  @SO-09
  Scenario Outline: Configuration Information is open when Alice leaves by <way>
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    When Alice holds CTRL, right-clicks the Lync icon in the notification area on PC1 and chooses "Configuration Information"
    And Alice uses <way> on PC1
    Then Alice sees no Configuration Information on PC1
    And Lync of Alice on PC1 is <afterwards>

    @SO-02
    Examples: Close
      | way                                                | afterwards                       |
      | the X in the upper-right corner of the main window | signed in with its window closed |
      | Options > File > Close                             | signed in with its window closed |

    @SO-04 @SO-08
    Examples: Sign Out
      | way                       | afterwards                       |
      | Options > File > Sign Out | signed out at the sign-in window |
      | the Lync icon's Sign Out  | signed out at the sign-in window |

    @SO-07 @SO-08
    Examples: Exit
      | way                   | afterwards  |
      | Options > File > Exit | not running |
      | the Lync icon's Exit  | not running |

  @FS-06 @TE-22 @SO-02
  Scenario: The Exchange password prompt is open when Alice leaves by the X in the upper-right corner of the main window
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    When Alice uses the X in the upper-right corner of the main window on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is signed in with its window closed

  @FS-06 @TE-22 @SO-08
  Scenario: The Exchange password prompt is open when Alice leaves by the Lync icon's Sign Out
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    When Alice uses the Lync icon's Sign Out on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is signed out at the sign-in window

  @FS-06 @TE-22 @SO-07
  Scenario: The Exchange password prompt is open when Alice leaves by Options > File > Exit
    Given the Exchange connection will ask Alice for credentials 1 times
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    When Alice uses Options > File > Exit on PC1
    Then Lync on PC1 shows Alice no credential dialog
    And Lync of Alice on PC1 is not running
