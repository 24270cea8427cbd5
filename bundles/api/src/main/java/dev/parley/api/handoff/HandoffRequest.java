package dev.parley.api.handoff;

import dev.parley.api.nlp.Sentiment;
import java.time.Instant;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the {@link HandoffRouter} decides from.
 *
 * <p>{@code text} is customer text: routers use it for keyword rules only and never log it, and
 * this record's {@code toString()} contains it, so the record is not logged either.
 *
 * @param conversationId the conversation to hand off; not {@code null}
 * @param trigger why it is handed off; not {@code null}
 * @param intent the last intent, or {@code null} if none was classified
 * @param sentiment the customer's last sentiment, or {@code null} if not analyzed
 * @param customerTier the customer's segment (see {@link dev.parley.api.host.Customer#tier()}),
 *     or {@code null} if unknown
 * @param reason details from whoever asks for the handoff, e.g. a skill's handoff reason, for the
 *     staff who take over; no customer text; {@code null} if none
 * @param text the customer's last message, for keyword rules, or {@code null}
 * @param at when the handoff is asked for, the reference for business hours; not {@code null}
 */
@ProviderType
public record HandoffRequest(
        String conversationId,
        HandoffTrigger trigger,
        String intent,
        Sentiment sentiment,
        String customerTier,
        String reason,
        String text,
        Instant at) {

    public HandoffRequest {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(at, "at");
    }
}
