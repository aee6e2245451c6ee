@section:troubleshooting
Feature: The conversation window, and saving a conversation when Exchange stops answering
  Scenarios that hold a client to the details of an IM conversation: what its window shows and when it is in front,
  what an empty message does, whose messages go into it, and what becomes of conversations whose save reaches an
  Exchange that has stopped answering. The window shows one line per message, the sender's sign-in address and the
  text, oldest first. Both readings of when Lync writes a conversation to the Conversation History folder are played:
  when its window closes (the default) and after each message.

  Background:
    Given Alice has an Office 365 account
    And Bob has an Office 365 account
    And Carol has an Office 365 account
    And Alice has Bob in her contact list
    And Alice has Carol in her contact list
    And Alice is logged on to PC1 on the organization's network
    And Lync was installed for Alice on PC1 from the Office 365 portal
    And Bob is signed in to Lync on PC2

  @FS-06 @kb:2787614
  Scenario: The conversation window shows each message with its sender, oldest first, and Bob gets the words as typed
    Given Alice is signed in to Lync on PC1
    When Alice sends Bob the instant message "  Lunch at noon?  " from Lync on PC1
    Then the "conversation" window of Lync for Alice on PC1 is titled "bob@contoso.com"
    And the "conversation" window of Lync for Alice on PC1 is in the foreground
    And the conversation window of Alice on PC1 reads "Alice: Lunch at noon?"
    And Bob has seen the alerts "Alice: Lunch at noon?" on PC2
    When Bob sends Alice an instant message
    Then the conversation window of Alice on PC1 reads "Alice: Lunch at noon? / Bob: Have you got a minute?"
    When Alice closes the conversation window on PC1
    Then Alice sees no "conversation" window of Lync on PC1
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 2 messages

  @FS-06 @kb:2787614
  Scenario: A message of nothing but spaces is not sent, and a conversation with no message is not saved
    Given Alice is signed in to Lync on PC1
    When Alice right-clicks Bob in her contact list and chooses Send an IM on PC1
    And Alice sends Bob the instant message "   " from Lync on PC1
    Then the conversation window of Alice on PC1 reads ""
    And Bob has seen no alert on PC2
    When Alice closes the conversation window on PC1
    Then EWS was asked 0 times to save a conversation of Alice
    And the Conversation History folder of Alice holds 0 conversations

  @FS-06 @kb:2787614
  Scenario: A message from another contact does not go into the open conversation with Bob
    Given Carol is signed in to Lync on PC3
    And Alice is signed in to Lync on PC1
    When Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Carol sends Alice an instant message
    Then Alice sees an alert from Carol on PC1
    And the "conversation" window of Lync for Alice on PC1 is titled "bob@contoso.com"
    And the conversation window of Alice on PC1 reads "Alice: Lunch at noon?"
    When Alice closes the conversation window on PC1
    Then the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message

  @FS-06 @kb:2787614
  Scenario: While the Options dialog is open, the conversation window is behind it
    Given Alice is signed in to Lync on PC1
    When Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice chooses Tools > Options from the Options button on PC1
    Then the "conversation" window of Lync for Alice on PC1 is not in the foreground
    When Alice clicks "Cancel" in the Options dialog on PC1
    Then the "conversation" window of Lync for Alice on PC1 is in the foreground

  @FS-06 @kb:2787614 @assumption @assumption:conversationSavedWhen @assumption:conversationsWhileExchangeDown @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Two conversations that ended while Exchange did not answer are both saved once it answers
    Given Exchange Online does not answer
    And Carol is signed in to Lync on PC3
    When Alice signs in to Lync on PC1 with her password
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice closes the conversation window on PC1
    And Alice sends Carol the instant message "Are you in today?" from Lync on PC1
    And Bob sends Alice an instant message
    And Alice closes the conversation window on PC1
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And the Conversation History folder of Alice holds 0 conversations
    When Exchange Online answers again
    And 5 minutes pass
    Then the Conversation History folder of Alice holds 2 conversations
    And EWS was asked 2 times to save a conversation of Alice
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Carol, of 1 message

  @FS-06 @kb:2787614 @assumption @assumption:conversationSavedWhen @assumption:conversationsWhileExchangeDown @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: EWS stops answering while Alice is signed in: Lync says so, holds the conversation, and saves it later
    Given Alice is signed in to Lync on PC1
    When Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Exchange Online stops answering
    And Alice closes the conversation window on PC1
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And the Conversation History folder of Alice holds 0 conversations
    When Exchange Online answers again
    And 5 minutes pass
    Then Alice sees no message on PC1
    And the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message

  @FS-06 @kb:2787614 @assumption @assumption:conversationsWhileExchangeDown @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Read the other way, a conversation whose save EWS left unanswered is never saved
    Given Lync never saves a conversation that ended while it was not connected to Exchange
    And Alice is signed in to Lync on PC1
    When Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Exchange Online stops answering
    And Alice closes the conversation window on PC1
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    When Exchange Online answers again
    And 5 minutes pass
    Then Alice sees no message on PC1
    And the Conversation History folder of Alice holds 0 conversations

  @FS-06 @kb:2787614 @assumption @assumption:conversationSavedWhen
  Scenario: Read the other way, the whole conversation so far is saved after each message
    Given Lync saves an IM conversation after each of its messages
    And Alice is signed in to Lync on PC1
    When Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    Then the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message
    When Bob sends Alice an instant message
    Then the Conversation History folder of Alice holds 2 conversations
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 2 messages
    When Alice closes the conversation window on PC1
    Then EWS was asked 2 times to save a conversation of Alice

  @FS-06 @kb:2787614 @assumption @assumption:conversationSavedWhen
  Scenario: Saved after each message, but with "Save IM conversations in my email Conversation History folder" off, never
    Given Lync saves an IM conversation after each of its messages
    And Alice is signed in to Lync on PC1
    When Alice sets "Save IM conversations in my email Conversation History folder" off on PC1
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Bob sends Alice an instant message
    And Alice closes the conversation window on PC1
    Then EWS was asked 0 times to save a conversation of Alice

  @FS-06 @kb:2787614 @assumption @assumption:conversationSavedWhen @assumption:conversationsWhileExchangeDown @assumption:exchangeUnreachableMessage @assumption:exchangeRetrySeconds
  Scenario: Saved after each message, but while Exchange does not answer the conversation waits for its end
    Given Lync saves an IM conversation after each of its messages
    And Exchange Online does not answer
    When Alice signs in to Lync on PC1 with her password
    And Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    Then Lync on PC1 tells Alice "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored."
    And EWS was asked 0 times to save a conversation of Alice
    When Alice closes the conversation window on PC1
    And Exchange Online answers again
    And 5 minutes pass
    Then the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message

  @FS-06 @SO-07 @kb:2787614
  Scenario: Exit with a conversation open ends it, and it is saved
    Given Alice is signed in to Lync on PC1
    When Alice sends Bob the instant message "Lunch at noon?" from Lync on PC1
    And Alice chooses File > Exit from the Options button on PC1
    Then the Conversation History folder of Alice holds 1 conversation
    And the latest conversation in the Conversation History folder of Alice is from Alice, with Bob, of 1 message

  @FS-06 @kb:2787614
  Scenario: Before sign-in the conversation option in Options is greyed out; once signed in it can be changed
    When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1
    And Alice chooses Tools > Options from the Options button on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Save IM conversations in my email Conversation History folder" as "a ticked box, greyed out"
    When Alice clicks "Cancel" in the Options dialog on PC1
    And Alice signs in to Lync on PC1 with her password
    And Alice chooses Tools > Options from the Options button on PC1
    Then the "options" window of Lync for Alice on PC1 shows "Save IM conversations in my email Conversation History folder" as "a ticked box"
