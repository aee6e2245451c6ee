@section:troubleshooting
Feature: An expired Office 365 password
  Office 365 passwords expire regularly by default (S28). When a password has expired, access from a rich client such
  as Lync is limited at once, and Lync cannot say why: it asks for the password again and again, and the user
  changes it by signing in to the Office 365 portal with the expired one (KB 2630976). The identity provider's
  record shows which credential Lync presented each time and why it was refused.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @TE-13 @FS-13 @kb:2630976 @assumption @assumption:wrongPasswordOutcome
  Scenario: Lync keeps asking for the expired password without saying it has expired
    Given Alice's password has expired
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    And Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And the service holds no session for Alice
    When Alice enters her password in the credential dialog on PC1
    Then Lync on PC1 shows Alice a credential dialog
    And the credential dialog opened 2 times for Alice on PC1
    And the identity provider refused Alice's password 2 times because it has expired
    And the service holds no session for Alice

  @TE-13 @TE-12 @FS-13 @kb:2630976 @S28 @assumption @assumption:wrongPasswordOutcome
  Scenario: Alice changes the expired password on the Office 365 portal, then types the new one in Lync
    Given Alice's password has expired
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 shows Alice a credential dialog
    And Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    When Alice changes her password on the Office 365 portal
    Then the identity provider recorded Alice's new password from the Office 365 portal
    When Alice enters her password in the credential dialog on PC1
    Then Alice is signed in to Lync Online from PC1
    And the identity provider accepted Alice's password from Lync
    And the identity provider refused Alice's password 1 time because it has expired
    And the credential dialog opened 1 time for Alice on PC1
    And the credential cache of Alice on PC1 holds Alice's certificate

  @TE-13 @TE-14 @DC-07 @kb:2630976 @assumption @assumption:certificateRefusedAfterPasswordExpiry
  Scenario: The certificate saved before the password expired no longer signs Alice in
    Given Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice's password has expired
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And the service holds no session for Alice
    And the identity provider refused Alice's saved certificate because her password has expired
    And the credential cache of Alice on PC1 holds Alice's certificate
    And Alice sees no password box on PC1
    When Alice changes her password on the Office 365 portal
    And Alice deletes her sign-in info on PC1
    Then Alice sees a password box on PC1
    When Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the identity provider accepted Alice's password from Lync

  @TE-13 @TE-14 @TE-16 @S31 @assumption @assumption:certificateRefusedAfterPasswordExpiry
  Scenario: Read as on premises, the saved certificate signs in until the password is changed
    Given the service still accepts certificates issued before a password expired
    And Alice has signed in to Lync on PC1 with Save my password ticked
    And Alice's password has expired
    When Alice logs off PC1
    And Alice logs on to PC1
    Then Alice is signed in to Lync Online from PC1
    And the identity provider accepted Alice's saved certificate
    And the credential dialog opened 0 times for Alice on PC1
    When Alice changes her password on the Office 365 portal
    And Alice logs off PC1
    And Alice logs on to PC1
    Then Lync on PC1 tells Alice "The username, password or domain appears to be incorrect."
    And the identity provider refused Alice's saved certificate because her password was changed
    And Alice sees no password box on PC1
    When Alice deletes her sign-in info on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
