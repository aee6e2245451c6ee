Feature: Close, Sign Out and Exit
  There are three ways to leave Lync, all on the File menu behind the Options button of the main window.
  Close only hides the window: Alice stays signed in and still gets alerts. Sign Out ends her session but keeps
  Lync running, back at the sign-in window. Exit ends the session and shuts Lync down; she starts it again from
  the Start menu.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice has signed in to Lync on PC1 with Save my password ticked

  @SO-01
  Scenario: The File menu offers all three
    Then the File menu of the Options button on PC1 offers Close, Sign Out and Exit

  Scenario Outline: <option>: <how it is performed>
    Given Bob has an Office 365 account
    And Bob is signed in to Lync on PC2
    And Bob has Alice in his contact list
    When Alice uses <how it is performed> on PC1
    Then the Lync session of Alice is <session>
    And the Lync program of Alice on PC1 is <program>
    And Alice sees <window> on PC1
    And Bob's Lync on PC2 shows Alice as <presence>
    And Bob sees Alice as <presence>

    @section:close @SO-02
    Examples: Close hides the display
      | option | how it is performed                                | session         | program       | window         | presence  |
      | Close  | Options > File > Close                             | still signed in | still running | no Lync window | Available |
      | Close  | the X in the upper-right corner of the main window | still signed in | still running | no Lync window | Available |

    @section:sign-out @SO-04
    Examples: Sign Out ends the session
      | option   | how it is performed       | session | program       | window             | presence |
      | Sign Out | Options > File > Sign Out | ended   | still running | the sign-in window | Offline  |

    @section:exit @SO-07
    Examples: Exit ends the session and the program
      | option | how it is performed   | session | program     | window         | presence |
      | Exit   | Options > File > Exit | ended   | not running | no Lync window | Offline  |

  @section:close @SO-02
  Scenario: The X in the upper-right corner closes the display like File > Close
    When Alice clicks the X in the upper-right corner of the Lync window on PC1
    Then Alice sees no Lync window on PC1
    And Alice is signed in to Lync Online from PC1
    And the Lync process of Alice on PC1 is running
    And the Lync icon is in the notification area of Alice on PC1

  @section:close @SO-02
  Scenario: Alerts still arrive while the display is closed
    Given Bob has an Office 365 account
    And Alice has chosen File > Close from the Options button on PC1
    When Bob sends Alice an instant message
    Then Alice sees an alert from Bob on PC1
    And Alice sees no Lync window on PC1

  @section:close @SO-02
  Scenario: A closed Lync stays signed in through a working day
    Given Bob has an Office 365 account
    And Alice has chosen File > Close from the Options button on PC1
    When 8 hours pass
    And Bob sends Alice an instant message
    Then Alice sees an alert from Bob on PC1
    And Alice is signed in to Lync Online from PC1
    And the Lync process of Alice on PC1 is running

  @section:close @SO-02
  Scenario Outline: The Lync icon in the <place> brings the window back
    Given Alice has chosen File > Close from the Options button on PC1
    When Alice clicks the Lync icon in the <place> on PC1
    Then Alice sees the main window on PC1
    And Alice is signed in to Lync Online from PC1

    Examples:
      | place             |
      | taskbar           |
      | notification area |

  @section:sign-out @SO-04 @SO-05 @SO-06
  Scenario: After Sign Out the sign-in window offers a quick way back in, and Delete my sign-in info
    When Alice chooses File > Sign Out from the Options button on PC1
    Then Alice sees the sign-in window on PC1
    And Lync offers Alice a "Delete my sign-in info" link on PC1
    When Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the Lync program of Alice on PC1 was never restarted

  @section:sign-out @SO-08
  Scenario: Sign Out from the Lync icon's menu
    When Alice right-clicks the Lync icon in the notification area on PC1 and chooses Sign Out
    Then the service holds no session for Alice
    And the Lync process of Alice on PC1 is running
    And Alice sees the sign-in window on PC1

  @section:exit @SO-08
  Scenario: Exit from the Lync icon's menu
    When Alice right-clicks the Lync icon in the notification area on PC1 and chooses Exit
    Then no Lync process runs for Alice on PC1
    And the Lync icon is not in the notification area of Alice on PC1
    And the service holds no session for Alice

  @section:exit @SO-07 @FS-07
  Scenario: After Exit, Lync is started again from the Start menu and signs in with the saved password
    Given Alice has chosen File > Exit from the Options button on PC1
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    Then Alice is signed in to Lync Online from PC1
    And Alice sees the main window on PC1

  @section:sign-out @SO-13
  Scenario: Signing out is how a sign-in that is still under way is cancelled
    Given Alice has chosen File > Sign Out from the Options button on PC1
    And PC1 is offline
    When Alice clicks Sign In on PC1
    Then Lync on PC1 tells Alice "This operation failed because the network is unavailable at this time. Please try again later."
    And Alice sees the signing-in screen on PC1
    When Alice chooses File > Sign Out from the Options button on PC1
    And 5 minutes pass
    Then Alice sees the sign-in window on PC1
    And Lync for Alice on PC1 sent no request in the last 5 minutes

  @section:close @NR-13
  Scenario: Locking Windows is not leaving Lync: Alice is Away and stays signed in
    Given Bob has an Office 365 account
    And Bob is signed in to Lync on PC2
    And Bob has Alice in his contact list
    When Alice locks PC1
    And Bob sends Alice an instant message
    Then Alice is signed in to Lync Online from PC1
    And Bob sees Alice as Away
    When Alice unlocks PC1
    Then Alice sees an alert from Bob on PC1
    And Bob sees Alice as Available
