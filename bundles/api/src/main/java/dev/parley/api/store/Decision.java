package dev.parley.api.store;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the assistant decided for one customer message, kept for the transcript, analytics and
 * audits. Holds no customer text.
 *
 * @param intent the intent it acted on, {@code "oos"} when out of scope; not {@code null}
 * @param confidence the intent's calibrated confidence in [0, 1]
 * @param intentModel the intent model's name and version, e.g. {@code "commerce-en 1.0.0"}, or
 *     {@code null}
 * @param sentimentScore the message's sentiment in [-1, 1]
 * @param sentimentLabel {@code negative}, {@code neutral} or {@code positive}, or {@code null}
 * @param emotion the dominant emotion, e.g. {@code anger}, or {@code null}
 * @param skill the skill that answered, or {@code null} when none did
 * @param outcome the skill's outcome (a {@link dev.parley.api.skill.SkillOutcome} name), or
 *     {@code null}
 * @param handoffQueue the queue of a handoff decided in this turn, or {@code null}
 * @param handoffTrigger the handoff's trigger (a {@link dev.parley.api.handoff.HandoffTrigger}
 *     name), or {@code null}
 * @param ticketId the ticket opened in this turn, or {@code null}
 * @param processingMillis how long the assistant took to answer
 */
@ProviderType
public record Decision(
        String intent,
        double confidence,
        String intentModel,
        double sentimentScore,
        String sentimentLabel,
        String emotion,
        String skill,
        String outcome,
        String handoffQueue,
        String handoffTrigger,
        String ticketId,
        long processingMillis) {

    public Decision {
        Objects.requireNonNull(intent, "intent");
    }
}
