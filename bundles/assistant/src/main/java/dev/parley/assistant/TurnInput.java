package dev.parley.assistant;

import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.store.Conversation;
import java.util.Locale;

/**
 * One attempt at handling a message: the conversation as read for it, the message, the language
 * to answer in and the services at hand.
 */
record TurnInput(Conversation conversation, IncomingMessage message, Locale locale, Services services) {
}
