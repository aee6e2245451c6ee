@section:sign-out
Feature: Every way of leaving Lync, with Save my password ticked and cleared
  What the next sign-in asks for depends on the way Alice left Lync and on Save my password. Close and sleep keep
  her session; Sign Out, Exit and logging off end it, and the next sign-in goes through by itself only with the
  password saved; Delete my sign-in info removes what was saved. Whatever she did, a password she did not save is
  never on disk, and a saved one only until she deletes her sign-in info.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @SO-02 @SO-04 @SO-07 @DC-01 @DC-02 @DC-07 @AS-01
  Scenario Outline: <way>, with Save my password <save>: <next>
    Given Alice has signed in to Lync on PC1 with Save my password <save>
    When <leave>
    And <come back>
    Then <session>
    And Alice <box> on PC1
    And the credential cache of Alice on PC1 <password>
    And the personal certificate store of Alice on PC1 <certificate>

    Examples: the password saved
      | way      | save   | leave                                                        | come back                                                             | next                        | session                                    | box                  | password               | certificate              |
      | Close    | ticked | Alice chooses File > Close from the Options button on PC1    | Alice clicks the Lync icon in the notification area on PC1            | still signed in             | Alice is signed in to Lync Online from PC1 | sees no password box | holds Alice's password | holds a Lync certificate |
      | Sign Out | ticked | Alice chooses File > Sign Out from the Options button on PC1 | Alice clicks Sign In on PC1                                           | Sign In is enough           | Alice is signed in to Lync Online from PC1 | sees no password box | holds Alice's password | holds a Lync certificate |
      | Exit     | ticked | Alice chooses File > Exit from the Options button on PC1     | Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1 | signed in at the start      | Alice is signed in to Lync Online from PC1 | sees no password box | holds Alice's password | holds a Lync certificate |
      | Log off  | ticked | Alice logs off PC1                                           | Alice logs on to PC1                                                  | signed in at the next logon | Alice is signed in to Lync Online from PC1 | sees no password box | holds Alice's password | holds a Lync certificate |

    Examples: the password not saved
      | way      | save    | leave                                                        | come back                                                             | next               | session                                    | box                  | password                    | certificate               |
      | Close    | cleared | Alice chooses File > Close from the Options button on PC1    | Alice clicks the Lync icon in the notification area on PC1            | still signed in    | Alice is signed in to Lync Online from PC1 | sees no password box | holds no password for Alice | holds no Lync certificate |
      | Sign Out | cleared | Alice chooses File > Sign Out from the Options button on PC1 | Alice clicks Sign In on PC1                                           | the password again | the service holds no session for Alice     | sees a password box  | holds no password for Alice | holds no Lync certificate |
      | Exit     | cleared | Alice chooses File > Exit from the Options button on PC1     | Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1 | the password again | the service holds no session for Alice     | sees a password box  | holds no password for Alice | holds no Lync certificate |
      | Log off  | cleared | Alice logs off PC1                                           | Alice logs on to PC1                                                  | the password again | the service holds no session for Alice     | sees a password box  | holds no password for Alice | holds no Lync certificate |

  @DC-01 @DC-02 @DC-05
  Scenario Outline: Delete my sign-in info after signing in with Save my password <save>: the password again, nothing left on disk
    Given Alice has signed in to Lync on PC1 with Save my password <save>
    And Alice has chosen File > Sign Out from the Options button on PC1
    When Alice deletes her sign-in info on PC1
    And Alice clicks Sign In on PC1
    Then the service holds no session for Alice
    And Alice sees a password box on PC1
    And the credential cache of Alice on PC1 holds no password for Alice
    And the personal certificate store of Alice on PC1 holds no Lync certificate

    Examples:
      | save    |
      | ticked  |
      | cleared |

  @NR-13 @DC-07
  Scenario Outline: Sleep, with Save my password <save>: Lync signs in again on waking and saves no more than before
    Given Alice has signed in to Lync on PC1 with Save my password <save>
    When PC1 goes to sleep
    And PC1 wakes up
    Then Lync on PC1 has shown Alice the message "Lync lost the connection to the server and is trying to reconnect."
    And Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 <password>
    And the personal certificate store of Alice on PC1 <certificate>

    Examples:
      | save    | password                    | certificate               |
      | ticked  | holds Alice's password      | holds a Lync certificate  |
      | cleared | holds no password for Alice | holds no Lync certificate |
