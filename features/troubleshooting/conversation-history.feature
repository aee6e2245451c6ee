@section:troubleshooting
Feature: Conversation history in the Exchange mailbox
  Lync 2013 keeps a copy of each IM conversation in the Conversation History folder of the user's Exchange Online
  mailbox, which Outlook shows, when "Save IM conversations in my email Conversation History folder" is on (Options >
  Personal; on unless turned off). Lync writes it through Exchange Web Services (EWS), so it needs its connection to
  Exchange: while Exchange cannot be reached, no conversation reaches the folder and Lync says that history may be
  unavailable. The option is kept by Lync Online with the user's account, not on the computer.

  No source says exactly when Lync 2013 writes a conversation: here it is when its window is closed (assumption
  conversationSavedWhen). No source says either what becomes of a conversation that ended while Exchange could not be
  reached: here Lync holds it and saves it once Exchange answers again (assumption conversationsWhileExchangeDown). A
  mailbox that is full refuses the conversation; no source gives a message for it, so Lync here shows nothing and does
  not try that conversation again. Free/busy and voice mail, which the same article says become unavailable, are not
  played here: the fake world has no calendar, no meetings, no contact cards and no telephony.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Alice has Bob in her contact list
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal

  @FS-06 @kb:2787614 @kb:2436962 @assumption @assumption:conversationSavedWhen
  Scenario: The conversation reaches Alice's Conversation History folder when she closes its window
    Given Bob is signed in to Lync on PC2
    When Alice signs in to Lync on PC1 with her password
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Bob sends Alice an instant message
    Then Alice sees an alert from Bob on PC1
    And the Conversation History folder of Alice holds 0 conversations
    When Alice closes the conversation window on PC1
    Then the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 2 messages
    And EWS was asked 1 time to save a conversation of Alice
    And the message to Bob reached 1 endpoint
    And the Conversation History folder of Bob holds 0 conversations

  @FS-06 @kb:2787614 @kb:2436962
  Scenario: With "Save IM conversations in my email Conversation History folder" off, no conversation is saved
    Given Bob is signed in to Lync on PC2
    And Alice is signed in to Lync on PC1
    When Alice chooses Tools > Options from the Options button on PC1
    Then the "Save IM conversations in my email Conversation History folder" option on PC1 is on
    When Alice clicks "Cancel" in the Options dialog on PC1
    And Alice sets "Save IM conversations in my email Conversation History folder" off on PC1
    Then Lync Online keeps saving IM conversations off for Alice
    When Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice closes the conversation window on PC1
    Then the Conversation History folder of Alice holds 0 conversations
    And EWS was asked 0 times to save a conversation of Alice
    And the message to Bob reached 1 endpoint
    When Alice sets "Save IM conversations in my email Conversation History folder" on on PC1
    And Alice sends Bob the instant message "See you there" from Lync on PC1
    And Alice closes the conversation window on PC1
    Then Lync Online keeps saving IM conversations on for Alice
    And the Conversation History folder of Alice holds 1 conversation

  @FS-06 @kb:2787614 @assumption @assumption:conversationSavedWhen @assumption:conversationsWhileExchangeDown @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Exchange does not answer: the conversation is not saved until Exchange answers again
    Given Exchange Online does not answer
    And Bob is signed in to Lync on PC2
    When Alice signs in to Lync on PC1 with her password
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice closes the conversation window on PC1
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And the Conversation History folder of Alice holds 0 conversations
    And EWS was asked 0 times to save a conversation of Alice
    When Exchange Online answers again
    And 5 minutes pass
    Then Alice sees no message on PC1
    And the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message

  @FS-06 @kb:2787614 @assumption @assumption:conversationsWhileExchangeDown @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Read the other way, a conversation that ended while Exchange did not answer is never saved
    Given Lync never saves a conversation that ended while it was not connected to Exchange
    And Exchange Online does not answer
    And Bob is signed in to Lync on PC2
    When Alice signs in to Lync on PC1 with her password
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice closes the conversation window on PC1
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    When Exchange Online answers again
    And 5 minutes pass
    Then Alice sees no message on PC1
    And the Conversation History folder of Alice holds 0 conversations
    And EWS was asked 0 times to save a conversation of Alice

  @FS-06 @kb:2787614
  Scenario: Alice's mailbox is full: EWS refuses the conversation, and Lync says nothing
    Given Alice's mailbox is full
    And Bob is signed in to Lync on PC2
    When Alice signs in to Lync on PC1 with her password
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice closes the conversation window on PC1
    Then EWS refused 1 conversation of Alice because the mailbox is full
    And the Conversation History folder of Alice holds 0 conversations
    And Alice sees no message on PC1
    And Exchange Online let Alice in with a password 1 time
    When the administrator raises the quota of Alice's mailbox
    And Alice sends Bob the instant message "See you there" from Lync on PC1
    And Alice closes the conversation window on PC1
    Then the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message

  @FS-06 @kb:2787614
  Scenario: Signing out with a conversation open ends it, and it is saved
    Given Bob is signed in to Lync on PC2
    When Alice signs in to Lync on PC1 with her password
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice chooses File > Sign Out from the Options button on PC1
    Then the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message
