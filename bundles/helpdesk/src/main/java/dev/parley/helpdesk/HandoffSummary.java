package dev.parley.helpdesk;

import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.Understanding;
import java.util.Locale;

/** The internal note that tells the staff why a ticket came to them; never with customer text. */
final class HandoffSummary {

    private HandoffSummary() {
    }

    static String of(Handoff handoff, Reply reply) {
        StringBuilder note = new StringBuilder("Parley handed this ticket to a person.\n")
                .append("Queue: ").append(handoff.queue()).append('\n')
                .append("Priority: ").append(handoff.priority().name().toLowerCase(Locale.ROOT)).append('\n')
                .append("Reason: ").append(handoff.reason()).append('\n');
        Understanding understanding = reply.understanding();
        if (understanding != null) {
            note.append("Intent: ").append(understanding.intent().intent())
                    .append(String.format(Locale.ROOT, " (confidence %.2f)", understanding.intent().confidence()))
                    .append('\n');
            Sentiment sentiment = understanding.sentiment();
            if (sentiment != null) {
                note.append("Sentiment: ").append(sentiment.label().name().toLowerCase(Locale.ROOT))
                        .append(String.format(Locale.ROOT, " (%.2f), emotion ", sentiment.score()))
                        .append(sentiment.emotion().name().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        if (handoff.expectedResponseBy() != null) {
            note.append("The customer was told to expect an answer by ").append(handoff.expectedResponseBy())
                    .append(handoff.withinBusinessHours() ? "" : " (outside business hours now)").append('\n');
        }
        return note.toString();
    }
}
