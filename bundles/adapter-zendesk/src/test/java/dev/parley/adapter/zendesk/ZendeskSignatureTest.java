package dev.parley.adapter.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.helpdesk.testing.SharedFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ZendeskSignatureTest {

    private static final String TIMESTAMP = "2099-07-04T05:33:18Z";
    private static final byte[] BODY = "{\"type\":\"zen:event-type:ticket.comment_added\"}".getBytes(StandardCharsets.UTF_8);

    private static ZendeskSignature at(String secret, String now) {
        return new ZendeskSignature(secret, Duration.ofMinutes(5), Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    @Test
    void acceptsTheSharedSignatureVectorAtItsTime() {
        JsonObject vector = JsonParser.parseString(SharedFixtures.read("zendesk", "events/signature_vector.json"))
                .getAsJsonObject();
        byte[] body = SharedFixtures.read("zendesk", vector.get("body_file").getAsString())
                .getBytes(StandardCharsets.UTF_8);
        JsonObject headers = vector.getAsJsonObject("headers");
        String timestamp = headers.get(ZendeskSignature.TIMESTAMP_HEADER).getAsString();

        ZendeskSignature signature = at(vector.get("secret").getAsString(), timestamp);

        assertThat(signature.verify(timestamp, headers.get(ZendeskSignature.SIGNATURE_HEADER).getAsString(), body))
                .isEmpty();
    }

    @Test
    void refusesAnotherSecretOrAChangedBody() {
        String signed = at("secret", TIMESTAMP).signature(TIMESTAMP, BODY);

        assertThat(at("secret", TIMESTAMP).verify(TIMESTAMP, signed, BODY)).isEmpty();
        assertThat(at("other", TIMESTAMP).verify(TIMESTAMP, signed, BODY)).hasValueSatisfying(
                why -> assertThat(why).contains("does not match"));
        byte[] changed = BODY.clone();
        changed[3] ^= 1;
        assertThat(at("secret", TIMESTAMP).verify(TIMESTAMP, signed, changed)).isPresent();
        assertThat(at("secret", TIMESTAMP).verify("2099-07-04T05:33:19Z", signed, BODY)).as("timestamp is signed")
                .isPresent();
    }

    @Test
    void refusesASignatureOlderOrNewerThanFiveMinutes() {
        String signed = at("secret", TIMESTAMP).signature(TIMESTAMP, BODY);

        assertThat(at("secret", "2099-07-04T05:38:18Z").verify(TIMESTAMP, signed, BODY)).as("exactly 5 min").isEmpty();
        assertThat(at("secret", "2099-07-04T05:38:19Z").verify(TIMESTAMP, signed, BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("301 s from now"));
        assertThat(at("secret", "2099-07-04T05:28:00Z").verify(TIMESTAMP, signed, BODY)).as("from the future")
                .isPresent();
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        ZendeskSignature signature = at("secret", TIMESTAMP);

        assertThat(signature.verify(TIMESTAMP, null, BODY)).hasValue(ZendeskSignature.SIGNATURE_HEADER + " is missing");
        assertThat(signature.verify(null, "abc", BODY)).hasValue(ZendeskSignature.TIMESTAMP_HEADER + " is missing");
        assertThat(signature.verify("yesterday", "abc", BODY)).hasValueSatisfying(
                why -> assertThat(why).contains("not an ISO-8601 time"));
    }
}
