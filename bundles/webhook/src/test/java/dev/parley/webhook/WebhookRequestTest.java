package dev.parley.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The query string a host may put values into, and the constructor adapters of 1.0 call. */
class WebhookRequestTest {

    private static WebhookRequest request(String query) {
        return new WebhookRequest("desk", Map.of("X-Id", List.of("1")), "{}".getBytes(StandardCharsets.UTF_8),
                "127.0.0.1", Instant.EPOCH, query);
    }

    @Test
    void queryParametersAreDecodedAndTheFirstValueWins() {
        WebhookRequest request = request("ticket_id=42&name=Ada+Lovelace&note=caf%C3%A9&ticket_id=43&flag&empty=");

        assertThat(request.query()).startsWith("ticket_id=42&");
        assertThat(request.queryParameter("ticket_id")).contains("42");
        assertThat(request.queryParameter("name")).contains("Ada Lovelace");
        assertThat(request.queryParameter("note")).contains("café");
        assertThat(request.queryParameter("flag")).contains("");
        assertThat(request.queryParameter("empty")).contains("");
        assertThat(request.queryParameter("TICKET_ID")).as("names are case-sensitive").isEmpty();
        assertThat(request.queryParameter("missing")).isEmpty();
    }

    @Test
    void aPairThatIsNotUrlEncodingIsSkipped() {
        assertThat(request("ticket_id=%zz&ticket_id=7").queryParameter("ticket_id")).contains("7");
        assertThat(request("ticket_id=%zz").queryParameter("ticket_id")).isEmpty();
    }

    @Test
    void withoutAQueryStringNothingIsFound() {
        WebhookRequest before11 = new WebhookRequest("desk", null, new byte[0], "127.0.0.1", Instant.EPOCH);

        assertThat(before11.query()).isEmpty();
        assertThat(before11.queryParameter("ticket_id")).isEmpty();
        assertThat(request(null).query()).isEmpty();
        assertThat(request("").queryParameter("")).isEmpty();
    }
}
