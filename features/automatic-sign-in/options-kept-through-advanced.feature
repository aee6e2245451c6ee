@section:automatic-sign-in
Feature: The Options dialog keeps what was changed while Advanced Connection Settings is open
  Advanced Connection Settings opens from the Options dialog and goes back to it. What the user changed in Options
  before clicking Advanced is still there when they come back, saved only when they click OK in Options. What OK saved
  is what Options shows the next time it opens.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Alice is signed in to Lync on PC1

  @AS-02 @AS-03 @AS-06 @AS-07
  Scenario: A startup option cleared before Advanced is still cleared after Advanced's OK, and OK in Options saves it
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice clears "Automatically start Lync when I log on to Windows" in the Options dialog on PC1
    And Alice clicks "Advanced" in the Options dialog on PC1
    And Alice clicks "OK" in the Advanced Connection Settings dialog on PC1
    Then Alice sees the "options" window of Lync on PC1 showing the "dialog" screen
    And the "options" window of Lync for Alice on PC1 shows "Automatically start Lync when I log on to Windows" as "a cleared box"
    And the "options" window of Lync for Alice on PC1 shows "Show Lync in the foreground when it starts" as "a ticked box"
    And the Run entries of Alice on PC1 include Lync
    When Alice clicks "OK" in the Options dialog on PC1
    Then the Run entries of Alice on PC1 do not include Lync
    And Alice is signed in to Lync Online from PC1

  @AS-03 @AS-06 @AS-07
  Scenario: What OK in Options saved is what Options shows when it opens again, after Advanced's Cancel too
    When Alice chooses Tools > Options from the Options button on PC1
    And Alice clears "Show Lync in the foreground when it starts" in the Options dialog on PC1
    And Alice clicks "Advanced" in the Options dialog on PC1
    And Alice clicks "Cancel" in the Advanced Connection Settings dialog on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Show Lync in the foreground when it starts" as "a cleared box"
    When Alice clicks "OK" in the Options dialog on PC1
    Then the Lync setting "showInForeground" of Alice on PC1 is "false"
    And the Run entries of Alice on PC1 include Lync
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Show Lync in the foreground when it starts" as "a cleared box"
    And the "options" window of Lync for Alice on PC1 shows "Automatically start Lync when I log on to Windows" as "a ticked box"
