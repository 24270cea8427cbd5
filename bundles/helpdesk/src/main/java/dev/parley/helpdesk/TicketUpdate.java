package dev.parley.helpdesk;

import dev.parley.api.Priority;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One change the assistant makes on a ticket: a comment, and the fields set with it. The adapter
 * turns it into the host's API call(s) and hands them to the outbox.
 *
 * @param ticketId the host's ticket id; not {@code null}
 * @param purpose what the update is for, unique among the updates of one customer message and
 *     part of the outbox key: {@code reply} or {@code handoff}; not {@code null}
 * @param body the comment's text; not {@code null}
 * @param isPublic {@code true} for a reply the customer sees, {@code false} for an internal note
 * @param addTags tags to add to the ticket (none are removed); {@code null} is taken as empty
 * @param groupId the group to assign, or {@code null} to leave it
 * @param priority the priority to set, or {@code null} to leave it
 */
@ProviderType
public record TicketUpdate(String ticketId, String purpose, String body, boolean isPublic, List<String> addTags,
        Long groupId, Priority priority) {

    public TicketUpdate {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(body, "body");
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
    }

    /** Whether the update changes ticket fields besides adding the comment. */
    public boolean changesFields() {
        return !addTags.isEmpty() || groupId != null || priority != null;
    }
}
