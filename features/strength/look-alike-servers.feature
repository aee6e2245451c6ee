@section:troubleshooting
Feature: Server names that only look trusted
  Lync trusts a web-services server in the sign-in domain or in one of the domains it trusts by default (lync.com,
  outlook.com, lync.glbdns.microsoft.com, microsoftonline.com): the server's name is that domain, or ends with a dot
  and that domain. Any other name brings the trust prompt, however much it looks like a trusted one.

  Background:
    Given Alice has an Office 365 account
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-08 @TE-10
  Scenario Outline: Web services at <server> bring the trust prompt: <why>
    Given Autodiscover sends Lync to web services at "<server>"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 1 time for Alice on PC1
    And the service holds no session for Alice

    Examples:
      | server                      | why                                   |
      | webdir.notlync.com          | a shared suffix without the dot       |
      | webdir.notcontoso.com       | the sign-in domain without the dot    |
      | webdir.lync.com.contoso.net | a trusted domain inside a longer name |
      | webdir.online.lync.co       | another top-level domain              |
      | webdir.online.lync.com.au   | a trusted domain with a country added |

  @FS-08
  Scenario: Server names are compared without regard to case: WEBDIR.ONLINE.LYNC.COM is trusted without asking
    Given Autodiscover sends Lync to web services at "WEBDIR.ONLINE.LYNC.COM"
    When Alice signs in to Lync on PC1 with her password
    Then the trust prompt opened 0 times for Alice on PC1
    And Alice is signed in to Lync Online from PC1
