package dev.parley.api.handoff;

import dev.parley.api.Priority;
import java.time.Instant;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The decision to hand a conversation to a person, and where it stands.
 *
 * @param queue the department or group that takes over, e.g. {@code "billing"}; not {@code null}
 * @param trigger why it was handed off; not {@code null}
 * @param reason a sentence for the staff who take over, e.g. "customer angry about a late refund
 *     (gold tier)"; no customer text; not {@code null}
 * @param priority how urgent it is; not {@code null}
 * @param ticketId the host's id of the ticket opened for it, or {@code null} until it is opened
 * @param expectedResponseBy when a person will answer at the latest (e.g. the next business
 *     morning), or {@code null} if not known
 * @param withinBusinessHours {@code true} if the queue is staffed now, so a person may answer in
 *     minutes
 */
@ProviderType
public record Handoff(
        String queue,
        HandoffTrigger trigger,
        String reason,
        Priority priority,
        String ticketId,
        Instant expectedResponseBy,
        boolean withinBusinessHours) {

    public Handoff {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(priority, "priority");
    }
}
