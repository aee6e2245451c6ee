@section:troubleshooting
Feature: Failure logs while Lync looks for its server
  Lync tries the names it knows one after the other until one of them leads to a server. A name with no DNS record
  on the way is not a failed sign-in: Lync neither logs it nor sends a failure log to Microsoft, as long as another
  name is left to try. When no name is left, the sign-in has failed, and the failure log goes to Microsoft as for any
  other failure.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-14 @FS-09
  Scenario: A DNS record Lync goes past is not logged as a failure
    Given logging in Lync is turned on for Alice on PC1
    And the "lyncdiscover" DNS record of the domain is missing
    When Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And Lync looked up "lyncdiscover.contoso.com" in DNS before "_sip._tls.contoso.com"
    And the Lync log of Alice on PC1 records no failure
    And Microsoft received no sign-in failure log for Alice

  @FS-14 @FS-10 @TE-01
  Scenario: Manual configuration that finds no server sends the failure log
    Given logging in Lync is turned on for Alice on PC1
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice sets Manual configuration on PC1 with "lyncpool.contoso.local" as internal and external server name
    And Alice clicks Sign In on PC1
    And Alice enters her password and clicks Sign In on PC1
    Then Lync on PC1 tells Alice "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team."
    And the Lync log of Alice on PC1 records the failure "no such record"
    And Microsoft received the sign-in failure log "no such record" for Alice
