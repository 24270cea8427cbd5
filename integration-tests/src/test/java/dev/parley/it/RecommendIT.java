package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;

/**
 * Recommendations out of the box: the container trains on the demo CRM's orders and answers
 * {@code GET /api/v1/customers/{id}/recommendations} over real HTTP.
 */
class RecommendIT {

    static final String KEY = "it-" + UUID.randomUUID();
    /** What Ada (C-1001) ordered in etc/demo-crm.json: socks, a jacket and boots. */
    static final Set<String> ADAS_ITEMS = Set.of("SCK-1200", "JKT-2041", "BOT-3101");
    static final Pattern TRAINED = Pattern.compile("recommendations trained on \\d+ purchases \\([1-9]\\d* from the host's orders\\)");

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", KEY);

    @BeforeAll
    static void awaitTraining() {
        Await.until("the recommender has trained on the demo orders", () -> !parley.logLines(TRAINED).isEmpty());
    }

    @Test
    void adaGetsItemsOthersBoughtWithHersButNoneSheAlreadyHas() {
        HttpResponse<String> response = get("/api/v1/customers/C-1001/recommendations?limit=5", KEY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonArray items = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("recommendations");
        assertThat(items).hasSize(5);
        List<JsonObject> list = items.asList().stream().map(JsonElement::getAsJsonObject).toList();
        assertThat(list).extracting(item -> item.get("itemId").getAsString()).doesNotContainAnyElementsOf(ADAS_ITEMS);
        assertThat(list).allSatisfy(item -> {
            assertThat(item.get("name").getAsString()).isNotBlank();
            assertThat(item.get("score").getAsDouble()).isPositive();
        });
        // Other customers bought her boots with hats and umbrellas: the first suggestion is personal.
        assertThat(list.get(0).get("reason").getAsString()).startsWith("because you bought ");
    }

    @Test
    void limitMustBeFromOneToFifty() {
        for (String limit : List.of("0", "51", "many")) {
            HttpResponse<String> response = get("/api/v1/customers/C-1001/recommendations?limit=" + limit, KEY);
            assertThat(response.statusCode()).isEqualTo(400);
            assertProblem(response);
            assertThat(response.body()).contains("limit must be a whole number from 1 to 50");
        }
        assertThat(get("/api/v1/customers/C-1001/recommendations", KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownCustomerIsNotFoundAndAMissingKeyIsRefused() {
        HttpResponse<String> unknown = get("/api/v1/customers/C-9999/recommendations", KEY);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown);

        assertThat(get("/api/v1/customers/C-1001/recommendations", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/customers/C-1001/recommendations", "wrong").statusCode()).isEqualTo(401);
    }

    static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    static HttpResponse<String> get(String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(parley.uri(path)).GET();
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return parley.send(request);
    }
}
