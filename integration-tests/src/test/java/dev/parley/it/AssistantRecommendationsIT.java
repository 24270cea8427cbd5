package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;

/**
 * The assistant offers recommendations in the container as it ships: the default intent model
 * recognizes product_recommendation, the recommendation skill answers with what the recommender
 * (trained on the demo CRM's orders) suggests, and an order-status answer carries one suggestion
 * for an item of the order, once per conversation. Expected items come from the REST API and
 * {@code etc/demo-crm.json}, not from this test.
 */
class AssistantRecommendationsIT {

    static final String KEY = "it-" + UUID.randomUUID();
    static final String ADA = "C-1001";
    static final Pattern TRAINED = Pattern.compile("recommendations trained on \\d+ purchases \\([1-9]\\d* from the host's orders\\)");
    static final Pattern SUGGESTION = Pattern.compile("Customers who bought the (.+) also liked the (.+)\\.");

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", KEY);

    static ParleyApi api;
    static JsonObject crm;

    @BeforeAll
    static void awaitTraining() throws Exception {
        api = new ParleyApi(parley, KEY);
        try (Reader json = Files.newBufferedReader(parley.home().resolve("etc/demo-crm.json"))) {
            crm = JsonParser.parseReader(json).getAsJsonObject();
        }
        Await.until("the recommender has trained on the demo orders", () -> !parley.logLines(TRAINED).isEmpty());
    }

    @Test
    void adaAskingWhatGoesWithHerOrderGetsHerPersonalRecommendations() {
        List<JsonObject> expected = recommendationsOf(ADA, 3);
        assertThat(expected).as("the recommender knows Ada's purchases").isNotEmpty();

        JsonObject answer = api.say(api.newConversation(ADA), "what else would go with my order?");

        assertThat(answer.get("skill").getAsString()).isEqualTo("recommendation");
        String reply = answer.get("reply").getAsString();
        assertThat(reply).contains("Here are some ideas for you:");
        assertThat(itemLines(reply)).hasSameSizeAs(expected);
        for (JsonObject item : expected) {
            String line = "- " + item.get("name").getAsString() + " (" + item.get("itemId").getAsString() + ")";
            assertThat(reply).contains(line);
            assertThat(strings(answer.getAsJsonArray("suggestions")))
                    .contains("Is the " + item.get("name").getAsString() + " in stock?");
        }
    }

    @Test
    void theOrderStatusAnswerCarriesOneSuggestionOncePerConversation() {
        JsonObject order = order("100234");
        Set<String> ordered = lines(order, "title");
        String conversation = api.newConversation(ADA);

        JsonObject status = api.say(conversation, "What's the status of my order 100234?");

        assertThat(status.get("skill").getAsString()).isEqualTo("order-status");
        String reply = status.get("reply").getAsString();
        Matcher suggestion = SUGGESTION.matcher(reply);
        assertThat(suggestion.find()).as(reply).isTrue();
        assertThat(ordered).contains(suggestion.group(1));
        String bought = suggestion.group(1);
        assertThat(productTitles()).contains(suggestion.group(2));
        assertThat(ordered).doesNotContain(suggestion.group(2));
        assertThat(suggestion.find()).as("one suggestion only").isFalse();
        assertThat(strings(status.getAsJsonArray("suggestions"))).contains("More suggestions");

        JsonObject again = api.say(conversation, "What's the status of my order 100234 now?");
        assertThat(again.get("skill").getAsString()).isEqualTo("order-status");
        assertThat(again.get("reply").getAsString()).doesNotContain("Customers who bought");

        // the quick reply is understood as a request for suggestions
        JsonObject more = api.say(conversation, "More suggestions");
        assertThat(more.get("skill").getAsString()).isEqualTo("recommendation");
        assertThat(itemLines(more.get("reply").getAsString())).isNotEmpty();

        // "it" is the ordered product the suggestion was about
        JsonObject related = api.say(conversation, "what else would go with it?");
        assertThat(related.get("skill").getAsString()).isEqualTo("recommendation");
        assertThat(related.get("reply").getAsString()).startsWith("Here are some ideas to go with the "
                + bought + ":");
        assertThat(itemLines(related.get("reply").getAsString())).isNotEmpty();
    }

    @Test
    void anAnonymousVisitorGetsPopularItemsAndNobodysPurchases() {
        JsonObject answer = api.say(api.newConversation(null), "any suggestions for me?");

        assertThat(answer.get("skill").getAsString()).isEqualTo("recommendation");
        String reply = answer.get("reply").getAsString();
        assertThat(reply).startsWith("Here are some of our customers' favourites:").doesNotContain("because you bought");
        List<String> skus = itemLines(reply);
        assertThat(skus).isNotEmpty().allSatisfy(sku -> assertThat(productSkus()).contains(sku));
    }

    @Test
    void theShippedConfigurationIsValidAndNoProductOrCustomerTextIsLogged() {
        api.say(api.newConversation(ADA), "what would you recommend with the rain jacket");

        assertThat(parley.healthMessages("Configuration files")).noneMatch(m -> m.contains("dev.parley.assistant"));
        // the log level is INFO: neither what customers wrote nor the products suggested to them appear
        assertThat(parley.logLines(Pattern.compile("rain jacket|what else would go|any suggestions for me"))).isEmpty();
        assertThat(productTitles()).allSatisfy(title -> assertThat(parley.logLines(Pattern.compile(Pattern.quote(title)))).isEmpty());
    }

    /** The item codes of a suggestion list: lines "- Title (CODE): reason". */
    private static List<String> itemLines(String reply) {
        List<String> codes = new ArrayList<>();
        Matcher line = Pattern.compile("(?m)^- .+ \\(([^()]+)\\)(?::|$)").matcher(reply);
        while (line.find()) {
            codes.add(line.group(1));
        }
        return codes;
    }

    private static List<JsonObject> recommendationsOf(String customer, int limit) {
        HttpResponse<String> response = parley.send(HttpRequest.newBuilder(
                parley.uri("/api/v1/customers/" + customer + "/recommendations?limit=" + limit))
                .header("X-API-Key", KEY).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("recommendations").asList()
                .stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static JsonObject order(String number) {
        return crm.getAsJsonArray("orders").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("number").getAsString().equals(number)).findFirst().orElseThrow();
    }

    private static Set<String> lines(JsonObject order, String field) {
        return order.getAsJsonArray("items").asList().stream().map(i -> i.getAsJsonObject().get(field).getAsString())
                .collect(Collectors.toSet());
    }

    private static Set<String> productTitles() {
        return products("title");
    }

    private static Set<String> productSkus() {
        return products("sku");
    }

    private static Set<String> products(String field) {
        return crm.getAsJsonArray("products").asList().stream().map(p -> p.getAsJsonObject().get(field).getAsString())
                .collect(Collectors.toSet());
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.getAsString()));
        return values;
    }
}
