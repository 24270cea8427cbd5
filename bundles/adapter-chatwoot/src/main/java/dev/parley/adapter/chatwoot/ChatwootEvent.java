package dev.parley.adapter.chatwoot;

import java.time.Instant;

import dev.parley.api.conversation.CustomerRef;
import dev.parley.api.store.Owner;

/** What one Chatwoot webhook means for Parley. */
sealed interface ChatwootEvent {

    /** The host's conversation id, or 0 for events without one. */
    long conversationId();

    /** A customer wrote in a conversation: the assistant answers unless a person owns it. */
    record CustomerMessage(long conversationId, long messageId, String text, CustomerRef customer, Instant sentAt,
            Long inboxId) implements ChatwootEvent {
        /** Customer text: never in logs above DEBUG. */
        @Override
        public String toString() {
            return "CustomerMessage[conversation " + conversationId + ", message " + messageId + "]";
        }
    }

    /** A person answered the customer in Chatwoot: the conversation is theirs from now on. */
    record AgentMessage(long conversationId, long messageId, String text, Instant sentAt) implements ChatwootEvent {
        @Override
        public String toString() {
            return "AgentMessage[conversation " + conversationId + ", message " + messageId + "]";
        }
    }

    /** The conversation's owner changed in Chatwoot: status, assignment or handback. */
    record OwnerChange(long conversationId, Owner owner, String cause) implements ChatwootEvent {
    }

    /** Nothing for Parley to do: Parley's own messages, notes, activity, events it does not use. */
    record Ignored(long conversationId, String why) implements ChatwootEvent {
    }
}
