@section:automatic-sign-in
Feature: Each policy set for the computer, for the user, and for both
  A Lync policy can be set in the Computer Configuration (for everyone on that computer) or in the User Configuration
  (for that user on every computer; Windows applies it when she logs on). Either one alone is in force; when both
  are set, the computer's wins; Not configured leaves the other in force. Each policy below is played in the
  combinations that tell these apart.

  Background:
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-14 @AS-09
  Scenario Outline: The failure-log upload turned off <computer> for the computer and <user> for Alice: <result>
    Given Group Policy sets "Disable automatic upload of sign-in failure logs" to <computer> in the Computer Configuration of PC1
    And Group Policy sets "Disable automatic upload of sign-in failure logs" to <user> in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    And the clock of PC1 is 6 minutes fast
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel."
    And Microsoft received <result>

    Examples:
      | computer       | user           | result                                         |
      | Not configured | Enabled        | no sign-in failure log for Alice               |
      | Enabled        | Not configured | no sign-in failure log for Alice               |
      | Disabled       | Enabled        | the sign-in failure log "clock skew" for Alice |
      | Enabled        | Disabled       | no sign-in failure log for Alice               |
      | Not configured | Disabled       | the sign-in failure log "clock skew" for Alice |

  @AS-08 @AS-09
  Scenario Outline: Password storage <computer> for the computer and <user> for Alice: the credential cache <result>
    Given Group Policy sets "Allow storage of user passwords" to <computer> in the Computer Configuration of PC1
    And Group Policy sets "Allow storage of user passwords" to <user> in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And the credential cache of Alice on PC1 <result>

    Examples:
      | computer       | user           | result                      |
      | Not configured | Disabled       | holds no password for Alice |
      | Disabled       | Not configured | holds no password for Alice |
      | Enabled        | Disabled       | holds Alice's password      |
      | Disabled       | Enabled        | holds no password for Alice |

  @FS-16 @AS-09
  Scenario Outline: HTTP fallback turned off <computer> for the computer and <user> for Alice: TLS blocked means no sign-in
    Given Group Policy sets "Disable HTTP fallback for SIP connection" to <computer> in the Computer Configuration of PC1
    And Group Policy sets "Disable HTTP fallback for SIP connection" to <user> in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    And the organization's firewall blocks SIP over TLS and allows HTTP
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And Lync on PC1 registered Alice over "TLS"
    And the service holds no session for Alice

    Examples:
      | computer       | user     |
      | Not configured | Enabled  |
      | Enabled        | Disabled |

  @FS-16 @AS-09
  Scenario Outline: HTTP fallback turned off <computer> for the computer and <user> for Alice: TLS blocked, HTTP signs in
    Given Group Policy sets "Disable HTTP fallback for SIP connection" to <computer> in the Computer Configuration of PC1
    And Group Policy sets "Disable HTTP fallback for SIP connection" to <user> in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    And the organization's firewall blocks SIP over TLS and allows HTTP
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync on PC1 registered Alice over "TLS, then HTTP"

    Examples:
      | computer       | user     |
      | Disabled       | Enabled  |
      | Not configured | Disabled |
