package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * Scripted conversations over the REST API against the container as it ships: the real models,
 * assistant, skills, knowledge base, handoff router, store and demo CRM. Facts about customers and
 * orders come from the shipped {@code etc/demo-crm.json}, so the tests follow the demo data.
 * Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ConversationScenarios {

    static final String API_KEY = "it-" + UUID.randomUUID();
    private static final String ADA = "C-1001";

    private ParleyApi api;
    private JsonObject crm;

    abstract ParleyContainer parley();

    @BeforeAll
    void deployProbe(@TempDir Path bundles) throws Exception {
        api = new ParleyApi(parley(), API_KEY);
        try (Reader json = Files.newBufferedReader(parley().home().resolve("etc/demo-crm.json"))) {
            crm = JsonParser.parseReader(json).getAsJsonObject();
        }
        parley().deploy(TestBundles.crmProbe(bundles), "crm-probe.jar");
        Await.until("the CRM probe answers", () -> parley().get("/it/crm/order/100234").statusCode() == 200);
    }

    // ---- orders ----

    @Test
    void orderStatusWithTheNumber() {
        JsonObject answer = api.say(api.newConversation(ADA), "What's the status of my order 100234?");

        assertThat(answer.get("skill").getAsString()).isEqualTo("order-status");
        assertThat(text(answer)).contains("100234");
        assertThat(answer.get("awaitingInput").getAsBoolean()).isFalse();
    }

    @Test
    void orderStatusWithoutTheNumberAsksAndOffersTheRecentOrders() {
        String conversation = api.newConversation(ADA);
        String latest = latestOrderOf(ADA).get("number").getAsString();

        JsonObject question = api.say(conversation, "Where is my order?");
        assertThat(question.get("awaitingInput").getAsBoolean()).isTrue();
        assertThat(text(question)).contains(latest);
        assertThat(strings(question.getAsJsonArray("suggestions"))).contains(latest);

        JsonObject answer = api.say(conversation, latest);
        assertThat(answer.get("awaitingInput").getAsBoolean()).isFalse();
        assertThat(answer.get("skill").getAsString()).isEqualTo(question.get("skill").getAsString());
        assertThat(text(answer)).contains(latest);
    }

    @Test
    void trackingGivesCarrierAndTrackingNumber() {
        JsonObject order = order("100234");

        JsonObject answer = api.say(api.newConversation(ADA), "Can you track my parcel 100234?");

        assertThat(answer.get("skill").getAsString()).isEqualTo("tracking");
        assertThat(text(answer)).contains(order.get("trackingNumber").getAsString())
                .contains(order.get("carrier").getAsString());
    }

    @Test
    void cancellingAnOrderNotYetShippedAfterConfirmation() {
        JsonObject order = notShippedOrder(0);
        String number = order.get("number").getAsString();
        String conversation = api.newConversation(order.get("customerId").getAsString());

        JsonObject question = api.say(conversation, "Please cancel my order " + number);
        assertThat(question.get("skill").getAsString()).isEqualTo("cancel-order");
        assertThat(question.get("awaitingInput").getAsBoolean()).isTrue();
        assertThat(probe("order", number).get("status").getAsString()).isNotEqualTo("CANCELLED");

        JsonObject done = api.say(conversation, "yes");
        assertThat(done.get("skill").getAsString()).isEqualTo("cancel-order");
        assertThat(text(done)).contains(number);
        assertThat(probe("order", number).get("status").getAsString()).isEqualTo("CANCELLED");
    }

    @Test
    void cancellingAShippedOrderIsRefusedAndNothingChanges() {
        JsonObject answer = api.say(api.newConversation(ADA), "I want to cancel order 100234");

        assertThat(answer.get("skill").getAsString()).isEqualTo("cancel-order");
        assertThat(answer.get("awaitingInput").getAsBoolean()).isFalse();
        assertThat(text(answer)).contains("100234");
        assertThat(probe("order", "100234").get("status").getAsString()).isEqualTo("SHIPPED");
    }

    @Test
    void changingTheShippingAddressIsConfirmedAndReachesTheCrm() {
        JsonObject order = notShippedOrder(1);
        String number = order.get("number").getAsString();
        String conversation = api.newConversation(order.get("customerId").getAsString());

        JsonObject ask = api.say(conversation, "I need to change the delivery address of order " + number);
        assertThat(ask.get("skill").getAsString()).isEqualTo("change-shipping-address");
        assertThat(ask.get("awaitingInput").getAsBoolean()).isTrue();

        boolean inBerlin = "Berlin".equals(probe("order", number).get("city").getAsString());
        String city = inBerlin ? "Hamburg" : "Berlin";
        JsonObject confirm = api.say(conversation, "Hauptstrasse 5, " + (inBerlin ? "20095" : "10115") + " " + city + ", DE");
        assertThat(confirm.get("awaitingInput").getAsBoolean()).isTrue();
        assertThat(text(confirm)).contains("Hauptstrasse 5");
        assertThat(probe("order", number).get("city").getAsString()).isNotEqualTo(city);

        api.say(conversation, "yes, that's right");
        JsonObject changed = probe("order", number);
        assertThat(changed.get("line1").getAsString()).isEqualTo("Hauptstrasse 5");
        assertThat(changed.get("city").getAsString()).isEqualTo(city);
    }

    @Test
    void anEmailUpdateWithAFailedIdentityCheckChangesNothingAndGoesToAPerson() {
        JsonObject customer = crm.getAsJsonArray("customers").get(1).getAsJsonObject();
        String id = customer.get("id").getAsString();
        String conversation = api.newConversation(id);

        JsonObject check = api.say(conversation, "I want to change my email address");
        assertThat(check.get("skill").getAsString()).isEqualTo("update-contact");
        assertThat(check.get("awaitingInput").getAsBoolean()).isTrue();
        JsonObject again = api.say(conversation, "it is nobody@nowhere.example");
        assertThat(again.get("awaitingInput").getAsBoolean()).isTrue();
        JsonObject handedOff = api.say(conversation, "then try wrong@nowhere.example");

        assertThat(handedOff.get("handoff").isJsonObject()).isTrue();
        assertThat(probe("customer", id).get("email").getAsString()).isEqualTo(customer.get("email").getAsString());
    }

    @Test
    void aRefundRequestOpensATicket() {
        JsonObject answer = api.say(api.newConversation(ADA), "I'd like a refund for order 100234, the jacket doesn't fit");

        assertThat(answer.get("skill").getAsString()).isEqualTo("refund-return");
        String ticket = text(answer).replaceAll("(?s).*?(T-\\d+).*", "$1");
        assertThat(ticket).matches("T-\\d+");
        assertThat(probe("ticket", ticket).get("subject").getAsString()).contains("100234");
    }

    @Test
    void aCustomerAskingAboutSomeoneElsesOrderLearnsNothing() {
        JsonObject order = order("100234");
        String conversation = api.newConversation(null);

        JsonObject question = api.say(conversation, "What's the status of order 100234?");
        assertThat(question.get("awaitingInput").getAsBoolean()).isTrue();
        JsonObject answer = api.say(conversation, "my email is eve@attacker.example");

        assertThat(text(question) + text(answer)).doesNotContain(order.get("trackingNumber").getAsString())
                .doesNotContain(order.get("carrier").getAsString()).doesNotContainIgnoringCase("shipped");

        String verified = api.newConversation(null);
        api.say(verified, "What's the status of order 100234?");
        JsonObject shown = api.say(verified, "ada@example.com");
        assertThat(text(shown)).contains("100234");
    }

    // ---- knowledge and out of scope ----

    @Test
    void aFaqIsAnsweredFromTheKnowledgeBase() throws IOException {
        JsonObject answer = api.say(api.newConversation(ADA), "How much does shipping cost?");

        assertThat(answer.get("handoff").isJsonNull()).isTrue();
        assertThat(articleTitles()).anySatisfy(title -> assertThat(text(answer)).contains(title));
    }

    @Test
    void outOfScopeGetsAGracefulAnswerAndNoAction() {
        JsonObject answer = api.say(api.newConversation(ADA), "What is the capital of France?");

        assertThat(answer.get("intent").getAsString()).isEqualTo("oos");
        assertThat(answer.get("handoff").isJsonNull()).isTrue();
        assertThat(answer.get("skill").isJsonNull()).isTrue();
        assertThat(strings(answer.getAsJsonArray("suggestions"))).isNotEmpty();
    }

    // ---- handoff ----

    @Test
    void anAngryCustomerGoesToTheRightQueueWithATicketAndTheAssistantFallsSilent() {
        String conversation = api.newConversation("C-1003");

        JsonObject answer = api.say(conversation,
                "This is ridiculous!!! My parcel arrived broken and NOBODY answers my emails. I am furious.");

        JsonObject handoff = answer.getAsJsonObject("handoff");
        assertThat(handoff.get("queue").getAsString()).isEqualTo("shipping");
        String ticket = handoff.get("ticketId").getAsString();
        assertThat(probe("ticket", ticket).get("queue").getAsString()).isEqualTo("shipping");
        assertThat(text(answer)).contains(ticket);

        JsonObject later = api.say(conversation, "hello?");
        assertThat(text(later)).isEmpty();
        assertThat(later.getAsJsonObject("handoff").get("ticketId").getAsString()).isEqualTo(ticket);
    }

    @Test
    void anExplicitRequestForAPersonIsHonoured() {
        JsonObject answer = api.say(api.newConversation(null), "can I speak with a real person please");

        JsonObject handoff = answer.getAsJsonObject("handoff");
        assertThat(handoff.get("trigger").getAsString()).isEqualTo("customer_request");
        assertThat(probe("ticket", handoff.get("ticketId").getAsString()).get("status").getAsString()).isNotBlank();
    }

    // ---- conversation mechanics ----

    @Test
    void aReturningCustomerIsGreetedByName() {
        String firstName = customer(ADA).get("name").getAsString().split(" ")[0];

        assertThat(text(api.say(api.newConversation(ADA), "Hello"))).contains(firstName);
    }

    @Test
    void aRetriedMessageIsHandledOnceAndTheTranscriptKeepsTheDecisions() {
        String conversation = api.newConversation(ADA);

        JsonObject first = api.say(conversation, "Where is order 100234?", "crm-msg-1");
        JsonObject retry = api.say(conversation, "Where is order 100234?", "crm-msg-1");

        assertThat(text(retry)).isEqualTo(text(first));
        JsonArray transcript = api.conversation(conversation).getAsJsonArray("transcript");
        assertThat(transcript).hasSize(2);
        JsonObject reply = transcript.get(1).getAsJsonObject();
        assertThat(reply.toString()).contains(first.get("intent").getAsString());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aConversationContinuesAfterARestart() throws IOException {
        String conversation = api.newConversation(ADA);
        JsonObject question = api.say(conversation, "Where is my order?");
        assertThat(question.get("awaitingInput").getAsBoolean()).isTrue();

        parley().stop();
        parley().start();
        Await.until("the API answers again", () -> api.post("/api/v1/analyze", json("text", "hi")).statusCode() == 200);

        JsonObject answer = api.say(conversation, "100234");
        assertThat(answer.get("skill").getAsString()).isEqualTo(question.get("skill").getAsString());
        assertThat(text(answer)).contains("100234");
        assertThat(api.conversation(conversation).getAsJsonArray("transcript")).hasSize(4);
    }

    // ---- helpers ----

    private static String text(JsonObject answer) {
        return answer.get("reply").getAsString();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.getAsString()));
        return values;
    }

    private static JsonObject json(String key, String value) {
        JsonObject json = new JsonObject();
        json.addProperty(key, value);
        return json;
    }

    private JsonObject probe(String kind, String id) {
        return JsonParser.parseString(parley().get("/it/crm/" + kind + "/" + id).body()).getAsJsonObject();
    }

    private JsonObject order(String number) {
        return stream("orders").filter(o -> o.get("number").getAsString().equals(number)).findFirst().orElseThrow();
    }

    private JsonObject customer(String id) {
        return stream("customers").filter(c -> c.get("id").getAsString().equals(id)).findFirst().orElseThrow();
    }

    private JsonObject latestOrderOf(String customerId) {
        return stream("orders").filter(o -> o.get("customerId").getAsString().equals(customerId))
                .max(Comparator.comparing(o -> o.get("placedAt").getAsString())).orElseThrow();
    }

    /** The n-th order, of a customer other than Ada, that can still be cancelled or re-addressed. */
    private JsonObject notShippedOrder(int n) {
        return stream("orders").filter(o -> !o.get("customerId").getAsString().equals(ADA))
                .filter(o -> List.of("PENDING", "PAID", "PROCESSING").contains(o.get("status").getAsString()))
                .skip(n).findFirst().orElseThrow();
    }

    private Stream<JsonObject> stream(String array) {
        List<JsonObject> rows = new ArrayList<>();
        for (JsonElement element : crm.getAsJsonArray(array)) {
            rows.add(element.getAsJsonObject());
        }
        return rows.stream();
    }

    private List<String> articleTitles() throws IOException {
        try (Stream<Path> files = Files.walk(parley().home().resolve("kb"))) {
            return files.filter(file -> file.toString().endsWith(".md")).map(ConversationScenarios::title)
                    .filter(title -> !title.isEmpty()).toList();
        }
    }

    private static String title(Path article) {
        try {
            for (String line : Files.readAllLines(article)) {
                if (line.startsWith("title:")) {
                    return line.substring("title:".length()).strip();
                }
                if (line.startsWith("# ")) {
                    return line.substring(2).strip();
                }
            }
            return "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
