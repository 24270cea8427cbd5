package dev.parley.adapter.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.DeliveryResult.Outcome;

class ChatwootApiTest {

    private final ChatwootApi api = new ChatwootApi(HttpClient.newHttpClient(), TestSettings.settings(),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void successIsDeliveredThrottlingAndOutagesAreRetriedOtherClientErrorsFail() {
        assertThat(api.outcome(200, null, "messages").outcome()).isEqualTo(Outcome.DELIVERED);
        DeliveryResult throttled = api.outcome(429, "7", "messages");
        assertThat(throttled.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(api.outcome(503, null, "messages").outcome()).isEqualTo(Outcome.RETRY);
        assertThat(api.outcome(502, null, "messages").outcome()).isEqualTo(Outcome.RETRY);
        assertThat(api.outcome(401, null, "messages").reason()).contains("apiAccessToken");
        assertThat(api.outcome(404, null, "messages")).isEqualTo(DeliveryResult.failed("Chatwoot messages: HTTP 404"));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        assertThat(api.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
        assertThat(api.retryAfter("Tue, 01 Dec 2026 10:00:30 GMT")).isEqualTo(Duration.ofSeconds(30));
        assertThat(api.retryAfter("soon")).isNull();
        assertThat(api.retryAfter(null)).isNull();
    }
}
