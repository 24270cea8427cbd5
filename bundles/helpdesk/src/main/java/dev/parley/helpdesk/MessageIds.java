package dev.parley.helpdesk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Idempotency keys for payloads that carry no id of their own, e.g. a trigger body a helpdesk
 * admin wrote without the comment's id.
 */
public final class MessageIds {

    private MessageIds() {
    }

    /**
     * A key derived from the ticket and what identifies the message in the payload: the same
     * payload retried gives the same key, another comment on the ticket another one.
     *
     * @param ticketId the ticket; not {@code null}
     * @param parts e.g. the comment's time and text; {@code null} parts count as empty
     * @return {@code ticket-<id>-<16 hex digits of SHA-256 over the parts>}
     */
    public static String derived(String ticketId, String... parts) {
        Objects.requireNonNull(ticketId, "ticketId");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                // A separator no text contains, so ("ab", "c") and ("a", "bc") differ.
                digest.update((byte) 0);
            }
            return "ticket-" + ticketId + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
