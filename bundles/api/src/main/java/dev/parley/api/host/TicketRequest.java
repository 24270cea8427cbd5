package dev.parley.api.host;

import dev.parley.api.Priority;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What Parley asks {@link TicketService#create(TicketRequest)} to open, typically when a
 * conversation is handed off to a person.
 *
 * <p>{@code description} and {@code transcript} hold customer text: adapters never log them above
 * DEBUG, nor does this record's {@code toString()} belong in such logs.
 *
 * @param requestId Parley's idempotency key for this ticket: a retry of the same request carries
 *     the same id; not {@code null}
 * @param subject a one-line summary for the ticket list; not {@code null}
 * @param description what the customer needs and why the assistant handed off; not {@code null}
 * @param queue the department or group to assign it to, e.g. {@code "billing"}; the adapter maps
 *     it to the host's group; not {@code null}
 * @param priority how urgent it is; not {@code null}
 * @param customerId the host's customer id, or {@code null} if the customer is not identified
 * @param conversationId the conversation it comes from, or {@code null}
 * @param tags labels to set on the ticket, e.g. the intent; {@code null} is taken as empty; the
 *     list is an unmodifiable copy
 * @param transcript the conversation so far, as plain text, or {@code null}
 */
@ProviderType
public record TicketRequest(
        String requestId,
        String subject,
        String description,
        String queue,
        Priority priority,
        String customerId,
        String conversationId,
        List<String> tags,
        String transcript) {

    public TicketRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(priority, "priority");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
