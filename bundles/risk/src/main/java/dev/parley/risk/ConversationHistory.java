package dev.parley.risk;

import java.time.Instant;
import java.util.List;

import dev.parley.api.risk.MessageSignals;

/**
 * A conversation's customer turns as the store keeps them, oldest first.
 *
 * @param conversationId the conversation
 * @param customerId the customer, or {@code null} when unknown
 * @param createdAt when it started
 * @param turns the customer's messages with what was understood and whether each handed off
 */
public record ConversationHistory(String conversationId, String customerId, Instant createdAt, List<Turn> turns) {

    public ConversationHistory {
        turns = List.copyOf(turns);
    }

    /**
     * One customer message.
     *
     * @param signals what was understood of it
     * @param handoffTrigger the trigger of the handoff this turn made, or {@code null}
     */
    public record Turn(MessageSignals signals, String handoffTrigger) {
    }

    /** Whether any turn handed the conversation to a person. */
    public boolean handedOff() {
        return turns.stream().anyMatch(turn -> turn.handoffTrigger() != null);
    }
}
