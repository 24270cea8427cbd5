package dev.parley.adapter.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The customer's pseudonym in the analytics table: the SHA-256 of the e-mail address, lower-cased
 * and trimmed. It lets analytics count repeat contacts per customer without keeping the address
 * itself; whoever knows an address can still compute its key, so the table stays personal data in
 * the sense of the GDPR and is protected like the rest of the store.
 */
final class CustomerKey {

    private CustomerKey() {
    }

    /** The key of an address, or {@code null} for a blank one. */
    static String of(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
