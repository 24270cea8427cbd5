package dev.parley.api.host;

import java.time.Instant;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A ticket as the host knows it.
 *
 * @param id the host's ticket id; not {@code null}
 * @param subject the ticket's subject; not {@code null}
 * @param queue the department or group it is assigned to, or {@code null} if unassigned
 * @param status the host's own status name, e.g. {@code "open"} or {@code "pending"}; not
 *     {@code null}
 * @param createdAt when the host created it; not {@code null}
 * @param url where staff open it in the host's UI, or {@code null}
 */
@ProviderType
public record Ticket(
        String id,
        String subject,
        String queue,
        String status,
        Instant createdAt,
        String url) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
