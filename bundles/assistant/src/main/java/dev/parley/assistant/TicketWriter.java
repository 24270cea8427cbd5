package dev.parley.assistant;

import dev.parley.api.handoff.Handoff;
import dev.parley.api.host.TicketRequest;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.skill.Slots;
import dev.parley.api.store.Author;
import dev.parley.api.store.StoredMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the ticket a handoff opens: a subject for the ticket list, a summary for the person who
 * picks it up (why, intent, sentiment, customer, order) and the transcript, so that the customer
 * need not repeat anything.
 */
final class TicketWriter {

    TicketRequest request(Handoff routed, Escalation escalation, TurnInput turn, Nlu nlu, Identity identity,
            Map<String, String> slots, List<StoredMessage> transcript) {
        String conversationId = turn.conversation().id();
        List<String> tags = new ArrayList<>(List.of("parley", trigger(routed)));
        if (nlu.classified() && !nlu.outOfScope()) {
            tags.add(nlu.intent());
        }
        return new TicketRequest(requestId(conversationId, turn.message().messageId()), subject(routed, nlu),
                summary(routed, escalation, nlu, identity, slots), routed.queue(), routed.priority(),
                identity.customerId(), conversationId, tags, transcript(transcript, turn.message().text()));
    }

    /** The same for every attempt at the same message, so a retried handoff opens no second ticket. */
    static String requestId(String conversationId, String messageId) {
        return "parley:" + conversationId + ":" + messageId;
    }

    private static String subject(Handoff routed, Nlu nlu) {
        String topic = nlu.classified() && !nlu.outOfScope() ? IntentPhrases.topic(nlu.intent()) : "a question";
        return "Chat handoff: " + topic + " (" + trigger(routed) + ")";
    }

    private static String summary(Handoff routed, Escalation escalation, Nlu nlu, Identity identity,
            Map<String, String> slots) {
        StringBuilder text = new StringBuilder();
        text.append("Why: ").append(routed.reason()).append('\n');
        if (!routed.reason().equals(escalation.reason())) {
            text.append("Assistant: ").append(escalation.reason()).append('\n');
        }
        text.append("Intent: ").append(nlu.classified() ? nlu.intent() : "not classified")
                .append(String.format(Locale.ROOT, " (confidence %.2f)", nlu.confidence())).append('\n');
        Sentiment sentiment = nlu.sentiment();
        if (sentiment != null) {
            text.append(String.format(Locale.ROOT, "Sentiment: %s %.2f, emotion %s%n",
                    sentiment.label().name().toLowerCase(Locale.ROOT), sentiment.score(),
                    sentiment.emotion().name().toLowerCase(Locale.ROOT)));
        }
        text.append("Customer: ").append(identity.customerId() == null ? "not identified"
                : identity.customerId() + (identity.verified() ? " (verified)" : " (not verified)")).append('\n');
        if (slots.get(Slots.ORDER_NUMBER) != null) {
            text.append("Order: ").append(slots.get(Slots.ORDER_NUMBER)).append('\n');
        }
        return text.toString().strip();
    }

    private static String transcript(List<StoredMessage> messages, String currentText) {
        StringBuilder text = new StringBuilder();
        for (StoredMessage message : messages) {
            text.append(label(message.author())).append(": ").append(message.text()).append('\n');
        }
        return text.append(label(Author.CUSTOMER)).append(": ").append(currentText).toString();
    }

    private static String label(Author author) {
        return switch (author) {
            case CUSTOMER -> "Customer";
            case ASSISTANT -> "Assistant";
            case AGENT -> "Agent";
        };
    }

    private static String trigger(Handoff handoff) {
        return handoff.trigger().name().toLowerCase(Locale.ROOT);
    }
}
