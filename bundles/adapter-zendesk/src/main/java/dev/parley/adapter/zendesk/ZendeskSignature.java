package dev.parley.adapter.zendesk;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zendesk's webhook signature: {@code X-Zendesk-Webhook-Signature} is the base64 HMAC-SHA256 of
 * {@code X-Zendesk-Webhook-Signature-Timestamp} followed directly by the raw body, keyed with the
 * webhook's signing secret. A timestamp further than the allowed age from now is refused, so a
 * captured request cannot be replayed later.
 */
final class ZendeskSignature {

    static final String SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature";
    static final String TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp";

    private final byte[] secret;
    private final Duration maxAge;
    private final Clock clock;

    ZendeskSignature(String secret, Duration maxAge, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * Checks a request's signature.
     *
     * @param timestamp the timestamp header, or {@code null}
     * @param signature the signature header, or {@code null}
     * @param body the raw body
     * @return empty when valid, else why not (for the log; no secret, no body)
     */
    Optional<String> verify(String timestamp, String signature, byte[] body) {
        if (signature == null || signature.isBlank()) {
            return Optional.of(SIGNATURE_HEADER + " is missing");
        }
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.of(TIMESTAMP_HEADER + " is missing");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(timestamp.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return Optional.of(TIMESTAMP_HEADER + " is not an ISO-8601 time");
        }
        Duration age = Duration.between(at, clock.instant()).abs();
        if (age.compareTo(maxAge) > 0) {
            return Optional.of("the signature's time " + at + " is " + age.toSeconds() + " s from now; at most "
                    + maxAge.toSeconds() + " s are accepted (replayed or clock skew)");
        }
        byte[] expected = Base64.getEncoder().encode(sign(timestamp.strip(), body));
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(SIGNATURE_HEADER + " does not match the body; check the signing secret");
        }
        return Optional.empty();
    }

    /** The base64 signature of a body at a timestamp, as Zendesk computes it. */
    String signature(String timestamp, byte[] body) {
        return Base64.getEncoder().encodeToString(sign(timestamp, body));
    }

    private byte[] sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
