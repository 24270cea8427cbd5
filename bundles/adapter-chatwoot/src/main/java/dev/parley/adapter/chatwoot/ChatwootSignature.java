package dev.parley.adapter.chatwoot;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;

/**
 * Chatwoot's webhook signature: {@code X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret,
 * timestamp + "." + raw body)>} with {@code X-Chatwoot-Timestamp} in Unix seconds, checked over
 * the raw bytes before any parsing, in constant time, and refused when the timestamp is further
 * than the maximum age from now (a replayed request).
 */
final class ChatwootSignature {

    static final String SIGNATURE_HEADER = "X-Chatwoot-Signature";
    static final String TIMESTAMP_HEADER = "X-Chatwoot-Timestamp";
    private static final String PREFIX = "sha256=";

    private final byte[] secret;
    private final boolean allowUnsigned;
    private final Duration maxAge;
    private final Clock clock;

    ChatwootSignature(String secret, boolean allowUnsigned, Duration maxAge, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.allowUnsigned = allowUnsigned;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * @throws WebhookRejection 401 if the request is unsigned (unless allowed), wrongly signed or too old
     */
    void verify(WebhookRequest request) throws WebhookRejection {
        String signature = request.header(SIGNATURE_HEADER).orElse(null);
        String timestamp = request.header(TIMESTAMP_HEADER).orElse(null);
        if (signature == null && timestamp == null && allowUnsigned) {
            return;
        }
        if (signature == null || timestamp == null) {
            throw WebhookRejection.unauthorized("the request has no " + SIGNATURE_HEADER + " and "
                    + TIMESTAMP_HEADER + "; set the webhook's secret in Chatwoot and webhookSecret in etc/"
                    + ChatwootWebhookHandler.PID + ".cfg");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw WebhookRejection.unauthorized(TIMESTAMP_HEADER + " is not Unix seconds");
        }
        Instant sent = Instant.ofEpochSecond(seconds);
        Duration age = Duration.between(sent, clock.instant()).abs();
        if (age.compareTo(maxAge) > 0) {
            throw WebhookRejection.unauthorized("the request was signed " + age.toSeconds() + " s away from now, more "
                    + "than the " + maxAge.toSeconds() + " s allowed: a replay, or a clock out of sync (use NTP)");
        }
        if (secret.length == 0 || !signature.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX)
                || !MessageDigest.isEqual(expected(timestamp.strip(), request.body()),
                        signature.strip().substring(PREFIX.length()).toLowerCase(Locale.ROOT)
                                .getBytes(StandardCharsets.US_ASCII))) {
            throw WebhookRejection.unauthorized(SIGNATURE_HEADER + " does not match the body: check that "
                    + "webhookSecret is the secret of this Chatwoot webhook or agent bot");
        }
    }

    /** The lower-case hex signature of a body, as ASCII bytes. */
    byte[] expected(String timestamp, byte[] body) {
        return sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code hex(HMAC-SHA256(secret, timestamp + "." + body))}. */
    static String sign(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
