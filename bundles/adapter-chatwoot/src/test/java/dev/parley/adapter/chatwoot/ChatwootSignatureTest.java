package dev.parley.adapter.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;

/** The documented signature scheme, checked against the computed vector of ../shared/fixtures/chatwoot. */
class ChatwootSignatureTest {

    private static final Instant VECTOR_TIME = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void theFixturesVectorIsValidAtItsTime() throws Exception {
        JsonObject vector = JsonParser.parseString(Fixtures.text("signature_vector.json")).getAsJsonObject();
        byte[] body = Fixtures.bytes(vector.get("body_file").getAsString());
        JsonObject headers = vector.getAsJsonObject("headers");
        ChatwootSignature signature = new ChatwootSignature(vector.get("secret").getAsString(), false,
                Duration.ofMinutes(5), Clock.fixed(VECTOR_TIME.plusSeconds(60), ZoneOffset.UTC));

        assertThat(vector.get("expected_valid").getAsBoolean()).isTrue();
        assertThatCode(() -> signature.verify(request(body, Map.of(
                "x-chatwoot-timestamp", headers.get("X-Chatwoot-Timestamp").getAsString(),
                "X-CHATWOOT-SIGNATURE", headers.get("X-Chatwoot-Signature").getAsString()))))
                .doesNotThrowAnyException();
    }

    @Test
    void aChangedByteOrAnotherSecretIsRefused() {
        byte[] body = Fixtures.bytes("message_created.json");
        String signed = "sha256=" + ChatwootSignature.sign(TestSettings.SECRET.getBytes(StandardCharsets.UTF_8),
                "1700000000", body);
        byte[] changed = body.clone();
        changed[10] ^= 1;

        assertThat(rejection(verifier(TestSettings.SECRET), request(changed, signedHeaders(signed))).status())
                .isEqualTo(401);
        assertThat(rejection(verifier("another-secret"), request(body, signedHeaders(signed))).detail())
                .contains("does not match");
    }

    @Test
    void anOldOrFutureTimestampIsAReplay() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        for (long offset : new long[] {-301, 301}) {
            String timestamp = Long.toString(VECTOR_TIME.getEpochSecond() + offset);
            String signed = "sha256=" + ChatwootSignature.sign(TestSettings.SECRET.getBytes(StandardCharsets.UTF_8),
                    timestamp, body);
            WebhookRejection rejection = rejection(verifier(TestSettings.SECRET),
                    request(body, Map.of("X-Chatwoot-Timestamp", timestamp, "X-Chatwoot-Signature", signed)));
            assertThat(rejection.status()).isEqualTo(401);
            assertThat(rejection.detail()).contains("301 s away from now");
        }
    }

    @Test
    void unsignedRequestsAreRefusedUnlessAllowed() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(VECTOR_TIME, ZoneOffset.UTC);

        assertThat(rejection(verifier(TestSettings.SECRET), request(body, Map.of())).detail())
                .contains("has no X-Chatwoot-Signature");
        assertThatCode(() -> new ChatwootSignature("", true, Duration.ofMinutes(5), clock).verify(request(body, Map.of())))
                .doesNotThrowAnyException();
        assertThat(rejection(new ChatwootSignature("", true, Duration.ofMinutes(5), clock),
                request(body, signedHeaders("sha256=00"))).status()).as("a signature is still checked").isEqualTo(401);
    }

    private static Map<String, String> signedHeaders(String signature) {
        return Map.of("X-Chatwoot-Timestamp", "1700000000", "X-Chatwoot-Signature", signature);
    }

    private static ChatwootSignature verifier(String secret) {
        return new ChatwootSignature(secret, false, Duration.ofMinutes(5), Clock.fixed(VECTOR_TIME, ZoneOffset.UTC));
    }

    private static WebhookRejection rejection(ChatwootSignature signature, WebhookRequest request) {
        return (WebhookRejection) org.assertj.core.api.Assertions.catchThrowable(() -> signature.verify(request));
    }

    static WebhookRequest request(byte[] body, Map<String, String> headers) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new WebhookRequest("chatwoot", multi, body, "127.0.0.1", VECTOR_TIME);
    }

    @Test
    void aMissingSignatureWithATimestampIsRefused() {
        assertThatThrownBy(() -> verifier(TestSettings.SECRET).verify(request("{}".getBytes(StandardCharsets.UTF_8),
                Map.of("X-Chatwoot-Timestamp", "1700000000")))).isInstanceOf(WebhookRejection.class);
    }
}
