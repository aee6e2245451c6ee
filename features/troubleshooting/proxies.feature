@section:troubleshooting @kb:3123662
Feature: Two proxies, a proxy that asks for credentials, and HttpProxyControlFlags
  Lync signs in to Office 365 through the Microsoft Online Services Sign-In Assistant (msoidsvc.exe, IDCRL), which
  Lync hands the proxy to use. Microsoft's article on HttpProxyControlFlags (KB 3123662) says that behind two or more
  proxies Lync can hand the assistant the wrong one, which may block the sign-in or ask for more proxy authentication.
  The DWORD HttpProxyControlFlags under Software\Policies\Microsoft\Office\15.0\Lync (HKLM or HKCU) changes that:
  bit 0x1 stops the use of Internet Explorer's named proxy, bit 0x2 stops the use of the proxy Lync uses for SIP over
  HTTPS as the assistant's named proxy. With neither, the assistant finds its proxy by automatic detection (our
  reading: the automatic configuration script's answer), else it connects directly. Lync itself runs as the Windows
  user and answers a proxy's challenge with the user's Windows credentials; the assistant is a service running as
  LocalSystem, with no user's credentials to give and no desktop to ask on (inferred from how the service runs).

  @TE-17
  Scenario: Behind two proxies, the assistant is handed the named proxy, which does not let the sign-in through, until both bits are set
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the LAN settings of PC1 use the proxy server "proxy1.contoso.com"
    And the automatic configuration script of PC1 sends "login.microsoftonline.com" to the proxy "proxy2.contoso.com"
    And the proxy "proxy1.contoso.com" does not let "login.microsoftonline.com" through
    And Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    And the proxy "proxy1.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "refused"
    And the proxy "proxy2.contoso.com" logged no request from "msoidsvc.exe" on PC1
    When Alice chooses File > Exit from the Options button on PC1
    And Group Policy sets the DWORD "HttpProxyControlFlags" to 2 in the Computer Configuration of PC1
    And Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the proxy "proxy2.contoso.com" logged no request from "msoidsvc.exe" on PC1
    When Alice chooses File > Exit from the Options button on PC1
    And Group Policy sets the DWORD "HttpProxyControlFlags" to 3 in the Computer Configuration of PC1
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And the proxy "proxy2.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "let through"
    And the proxy "proxy1.contoso.com" logged "lync.exe" on PC1 asking for "sippoolam41a01.infra.lync.com", answered "let through"

  @TE-17
  Scenario: The proxy Lync uses for SIP over HTTPS is handed to the assistant until bit 0x2 is set
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the automatic configuration script of PC1 sends "lync.com" to the proxy "proxy1.contoso.com"
    And the automatic configuration script of PC1 sends "login.microsoftonline.com" to the proxy "proxy2.contoso.com"
    And the proxy "proxy1.contoso.com" does not let "login.microsoftonline.com" through
    And Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the proxy "proxy1.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "refused"
    When Alice chooses File > Exit from the Options button on PC1
    And Group Policy sets the DWORD "HttpProxyControlFlags" to 2 in the Computer Configuration of PC1
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And the proxy "proxy2.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "let through"

  @TE-17 @TE-06 @kb:2769142
  Scenario: With both bits set in the Computer Configuration, the assistant goes around the named proxy, straight into the firewall
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the LAN settings of PC1 use the proxy server "proxy1.contoso.com"
    And the Sign-In Assistant's traffic does not go through the TMG firewall client on the organization's network
    And Group Policy sets the DWORD "HttpProxyControlFlags" to 3 in the Computer Configuration of PC1
    And Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the proxy "proxy1.contoso.com" logged no request from "msoidsvc.exe" on PC1
    And the proxy "proxy1.contoso.com" logged "lync.exe" on PC1 asking for "lyncdiscover.contoso.com", answered "let through"
    When Alice chooses File > Exit from the Options button on PC1
    And Alice logs off PC1
    And Group Policy sets "HttpProxyControlFlags" to Not configured in the Computer Configuration of PC1
    And Alice logs on to PC1
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And the proxy "proxy1.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "let through"

  @TE-17 @TE-06 @kb:2769142
  Scenario: With both bits set in the User Configuration, the assistant goes around the named proxy, straight into the firewall
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the LAN settings of PC1 use the proxy server "proxy1.contoso.com"
    And the Sign-In Assistant's traffic does not go through the TMG firewall client on the organization's network
    And Group Policy sets the DWORD "HttpProxyControlFlags" to 3 in the User Configuration of Alice
    And Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the proxy "proxy1.contoso.com" logged no request from "msoidsvc.exe" on PC1
    And the proxy "proxy1.contoso.com" logged "lync.exe" on PC1 asking for "lyncdiscover.contoso.com", answered "let through"
    When Alice chooses File > Exit from the Options button on PC1
    And Alice logs off PC1
    And Group Policy sets "HttpProxyControlFlags" to Not configured in the User Configuration of Alice
    And Alice logs on to PC1
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And the proxy "proxy1.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "let through"

  @TE-17
  Scenario: A proxy that requires authentication takes Lync's Windows credentials, but the Sign-In Assistant has none to give
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the LAN settings of PC1 use the proxy server "proxy1.contoso.com"
    And the proxy "proxy1.contoso.com" requires authentication
    And Alice is logged on to PC1 on the organization's network
    When Alice signs in to Lync on PC1 with her password
    Then Lync on PC1 tells Alice "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team."
    And the service holds no session for Alice
    And the proxy "proxy1.contoso.com" logged "lync.exe" on PC1 asking for "lyncdiscover.contoso.com", answered "let through"
    And the requests of "lync.exe" on PC1 to the proxy "proxy1.contoso.com" carried the Windows user's credentials
    And the proxy "proxy1.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "407 Proxy Authentication Required"
    And the requests of "msoidsvc.exe" on PC1 to the proxy "proxy1.contoso.com" carried no credentials
    And the credential dialog opened 0 times for Alice on PC1
    When the proxy "proxy1.contoso.com" is changed to let requests through without authentication
    And Alice clicks Sign In on PC1
    Then Alice is signed in to Lync Online from PC1
    And the proxy "proxy1.contoso.com" logged "msoidsvc.exe" on PC1 asking for "login.microsoftonline.com", answered "let through"

  @TE-17
  Scenario: Away from the organization's network the proxies are not in the way
    Given Alice has an Office 365 account
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And the LAN settings of PC1 use the proxy server "proxy1.contoso.com"
    And the proxy "proxy1.contoso.com" requires authentication
    And Alice is logged on to PC1 on the organization's network
    When PC1 is moved to the internet
    And Alice signs in to Lync on PC1 with her password
    Then Alice is signed in to Lync Online from PC1
    And the proxy "proxy1.contoso.com" logged no request from "msoidsvc.exe" on PC1
    And the proxy "proxy1.contoso.com" logged no request from "lync.exe" on PC1
