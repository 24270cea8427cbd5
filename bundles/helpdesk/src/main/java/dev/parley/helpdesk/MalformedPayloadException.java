package dev.parley.helpdesk;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A webhook payload the adapter cannot read: the host's fault, answered with 400 naming the field.
 * The message never contains customer text.
 */
@ProviderType
public class MalformedPayloadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the JSON path of the wrong member, e.g. {@code freshdesk_webhook.ticket_id}, or
     *     {@code body} for the whole payload
     * @param message what is wrong and what to send instead
     */
    public MalformedPayloadException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The JSON path of the wrong member. */
    public String field() {
        return field;
    }
}
