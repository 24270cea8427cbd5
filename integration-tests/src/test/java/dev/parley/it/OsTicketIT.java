package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyApi;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * The shipped container configured with the osTicket adapter against a fake osTicket on loopback:
 * the assistant's handoffs become osTicket tickets in the mapped help topic, an osTicket outage
 * leaves the assistant answering, and an invalid configuration is reported without stopping it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OsTicketIT {

    private static final String API_KEY = "it-" + UUID.randomUUID();
    private static final String OSTICKET_KEY = "osticket-" + UUID.randomUUID();
    private static final String FILE = "dev.parley.adapter.osticket.cfg";
    private static final String ANGRY = "This is ridiculous!!! My parcel arrived broken and NOBODY answers my emails."
            + " I am furious.";
    private static final Map<String, Integer> PRIORITY_IDS = Map.of("low", 1, "normal", 2, "high", 3, "urgent", 4);

    private static final FakeOsTicket osticket = FakeOsTicket.start(OSTICKET_KEY);

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", API_KEY)
            .withConfiguration(FILE, configuration("shipping=7, billing=3"));

    private static ParleyApi api;

    static String configuration(String topics) {
        return configuration(topics, OSTICKET_KEY);
    }

    static String configuration(String topics, String key) {
        return "baseUrl = " + osticket.baseUrl() + "/\n"
                + "apiKey = " + key + "\n"
                + "topics = " + topics + "\n"
                + "defaultTopicId = 1\n"
                + "connectTimeoutMillis = 500\n"
                + "readTimeoutMillis = 2000\n";
    }

    @BeforeAll
    static void connect(@TempDir Path bundles) throws Exception {
        api = new ParleyApi(parley, API_KEY);
        parley.deploy(TestBundles.osTicketProbe(bundles), "osticket-probe.jar");
        // The probe answers an unknown ticket with a JSON 404; Jetty's own 404 (no servlet yet) is HTML.
        Await.until("the osTicket probe answers", () -> {
            HttpResponse<String> probe = parley.get("/it/osticket/0");
            return probe.statusCode() == 404 && probe.headers().firstValue("Content-Type").orElse("").contains("json");
        });
    }

    @AfterAll
    static void stopOsTicket() {
        osticket.close();
    }

    @Test
    @Order(1)
    void healthSaysOsTicketIsReachable() {
        assertThat(parley.healthMessages("osTicket")).singleElement().asString().startsWith("OK ")
                .contains("/api/tickets.json reachable");
    }

    @Test
    @Order(2)
    void anAngryCustomersHandoffOpensAnOsTicketTicketInTheMappedTopic() throws Exception {
        int before = osticket.opened().size();
        JsonObject answer = api.say(api.newConversation("C-1003"), ANGRY);

        JsonObject handoff = answer.getAsJsonObject("handoff");
        assertThat(handoff.get("queue").getAsString()).isEqualTo("shipping");
        assertThat(osticket.opened()).hasSize(before + 1);
        FakeOsTicket.Opened ticket = osticket.opened().get(before);
        assertThat(handoff.get("ticketId").getAsString()).isEqualTo(ticket.number());
        assertThat(answer.get("reply").getAsString()).contains(ticket.number());
        JsonObject body = ticket.body();
        assertThat(body.get("topicId").getAsInt()).isEqualTo(7);
        assertThat(body.get("priorityId").getAsInt()).isEqualTo(PRIORITY_IDS.get(handoff.get("priority").getAsString()));
        assertThat(body.get("email").getAsString()).isEqualTo(customer("C-1003").get("email").getAsString());
        assertThat(body.get("name").getAsString()).isEqualTo(customer("C-1003").get("name").getAsString());
        assertThat(body.get("source").getAsString()).isEqualTo("API");
        assertThat(body.get("message").getAsString()).startsWith("data:text/plain;charset=utf-8,")
                .contains("Conversation so far:").contains(ANGRY);
        assertThat(osticket.refusedKeys()).isZero();
    }

    @Test
    @Order(3)
    void aRequestForAPersonInAnUnmappedQueueGoesToTheDefaultTopic() {
        int before = osticket.opened().size();
        JsonObject answer = api.say(api.newConversation("C-1001"), "can I speak with a real person please");

        JsonObject handoff = answer.getAsJsonObject("handoff");
        assertThat(handoff.get("trigger").getAsString()).isEqualTo("customer_request");
        assertThat(handoff.get("queue").getAsString()).isEqualTo("general");
        FakeOsTicket.Opened ticket = osticket.opened().get(before);
        assertThat(handoff.get("ticketId").getAsString()).isEqualTo(ticket.number());
        assertThat(ticket.body().get("topicId").getAsInt()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aRefundRequestOpensItsTicketInOsTicketToo() {
        int before = osticket.opened().size();
        JsonObject answer = api.say(api.newConversation("C-1001"), "I'd like a refund for order 100234, the jacket"
                + " doesn't fit");

        assertThat(answer.get("skill").getAsString()).isEqualTo("refund-return");
        assertThat(osticket.opened()).hasSize(before + 1);
        assertThat(answer.get("reply").getAsString()).contains(osticket.opened().get(before).number());
    }

    @Test
    @Order(4)
    void aRepeatedCreateWithTheSameRequestIdOpensOneTicket() {
        int before = osticket.opened().size();
        String requestId = "parley:it:" + UUID.randomUUID();

        JsonObject first = create(requestId, "billing");
        JsonObject again = create(requestId, "billing");

        assertThat(again.get("id").getAsString()).isEqualTo(first.get("id").getAsString());
        assertThat(osticket.opened()).hasSize(before + 1);
        assertThat(osticket.opened().get(before).body().get("topicId").getAsInt()).isEqualTo(3);
        assertThat(first.get("url").getAsString()).isEqualTo(osticket.baseUrl() + "/scp/tickets.php?number="
                + first.get("id").getAsString());
        JsonObject found = JsonParser.parseString(parley.get("/it/osticket/" + first.get("id").getAsString()).body())
                .getAsJsonObject();
        assertThat(found.get("queue").getAsString()).isEqualTo("billing");
    }

    @Test
    @Order(5)
    void whenOsTicketIsDownTheAssistantStillAnswersAndTheFailureIsLoggedWithoutPersonalData() throws Exception {
        osticket.down();
        try {
            String conversation = api.newConversation("C-1003");
            JsonObject answer = api.say(conversation, ANGRY);

            assertThat(answer.get("handoff").isJsonNull()).isTrue();
            assertThat(answer.get("reply").getAsString()).contains("couldn't reach our team");
            Await.until("the failure is logged", () -> !logLines("not opened").isEmpty());
            JsonObject customer = customer("C-1003");
            assertThat(logLines("osTicket|[Tt]icket")).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .doesNotContain("furious").doesNotContain(customer.get("email").getAsString())
                    .doesNotContain(customer.get("name").getAsString()));
            assertThat(logLines("not opened")).anySatisfy(line -> assertThat(line).contains("WARN")
                    .contains("refused the connection"));
            Await.until("the health check reports the outage", () -> parley.healthMessages("osTicket").stream()
                    .anyMatch(message -> message.startsWith("WARN ")));
            assertThat(parley.get("/system/health").statusCode()).isEqualTo(200);
        } finally {
            osticket.up();
        }
        int before = osticket.opened().size();
        JsonObject retried = api.say(api.newConversation("C-1003"), "I want to talk to a human");
        assertThat(retried.getAsJsonObject("handoff").get("ticketId").getAsString())
                .isEqualTo(osticket.opened().get(before).number());
    }

    @Test
    @Order(6)
    void anInvalidConfigurationIsReportedAndTheDemoHelpdeskTakesTheHandoffsMeanwhile() {
        parley.writeConfiguration(FILE, configuration("shipping=seven, returns=4"));
        try {
            Await.until("the health check reports the configuration", () -> parley.healthMessages("osTicket")
                    .stream().anyMatch(message -> message.startsWith("CRITICAL ")));
            assertThat(parley.healthMessages("osTicket")).singleElement().asString()
                    .contains("'seven' is not a help topic id").contains("the handoff router has no queue 'returns'");
            assertThat(logLines("osTicket adapter not started")).anySatisfy(line -> assertThat(line).contains("ERROR")
                    .contains("'seven' is not a help topic id"));
            int before = osticket.opened().size();
            JsonObject answer = api.say(api.newConversation("C-1001"), "can I speak with a real person please");
            assertThat(answer.getAsJsonObject("handoff").get("ticketId").getAsString()).matches("T-\\d+");
            assertThat(osticket.opened()).hasSize(before);
        } finally {
            parley.writeConfiguration(FILE, configuration("shipping=7, billing=3"));
        }
        Await.until("the adapter is active again", () -> parley.healthMessages("osTicket").stream()
                .anyMatch(message -> message.startsWith("OK ")));
        assertThat(parley.log()).doesNotContain(OSTICKET_KEY);
    }

    @Test
    @Order(7)
    void aKeyOsTicketRefusesLeavesTheAssistantAnsweringAndTheHealthCheckSaysWhatToCheck() {
        String wrongKey = "wrong-" + UUID.randomUUID();
        int starts = logLines("osTicket adapter opens handoff tickets").size();
        parley.writeConfiguration(FILE, configuration("shipping=7, billing=3", wrongKey));
        try {
            Await.until("the adapter uses the new key", () -> logLines("osTicket adapter opens handoff tickets")
                    .size() > starts);
            int refused = osticket.refusedKeys();
            JsonObject answer = api.say(api.newConversation("C-1001"), "can I speak with a real person please");

            assertThat(answer.get("handoff").isJsonNull()).isTrue();
            assertThat(osticket.refusedKeys()).isEqualTo(refused + 1);
            // the health check executor keeps a result for a moment
            Await.until("the health check reports the refused key", () -> parley.healthMessages("osTicket").stream()
                    .anyMatch(message -> message.startsWith("WARN ")));
            assertThat(parley.healthMessages("osTicket")).singleElement().asString()
                    .contains("refused the API key (HTTP 401").contains("bound to this container's IP address");
            assertThat(parley.log()).doesNotContain(wrongKey);
        } finally {
            parley.writeConfiguration(FILE, configuration("shipping=7, billing=3"));
        }
    }

    @Test
    @Order(8)
    void aQueueRemovedFromTheHandoffRouterIsReportedWhileTheAdapterMapsIt() throws Exception {
        String handoffFile = "dev.parley.handoff.cfg";
        String shipped = Files.readString(parley.home().resolve("etc").resolve(handoffFile));
        assertThat(shipped).contains("queues = general, billing, shipping, technical, accounts, sales");
        parley.writeConfiguration(handoffFile, shipped.replace("queues = general, billing, shipping,",
                "queues = general, shipping,"));
        try {
            Await.until("the adapter sees the router's queues", () -> parley.healthMessages("osTicket").stream()
                    .anyMatch(message -> message.startsWith("CRITICAL ")
                            && message.contains("the handoff router has no queue 'billing'")));
        } finally {
            parley.writeConfiguration(handoffFile, shipped);
        }
        Await.until("the adapter is active again", () -> parley.healthMessages("osTicket").stream()
                .anyMatch(message -> message.startsWith("OK ")));
    }

    private static JsonObject create(String requestId, String queue) {
        JsonObject body = new JsonObject();
        body.addProperty("requestId", requestId);
        body.addProperty("queue", queue);
        body.addProperty("customerId", "C-1002");
        HttpResponse<String> response = parley.send(HttpRequest.newBuilder(parley.uri("/it/osticket"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static List<String> logLines(String regex) {
        return parley.logLines(Pattern.compile(regex));
    }

    private static JsonObject customer(String id) throws Exception {
        try (Reader json = Files.newBufferedReader(parley.home().resolve("etc/demo-crm.json"))) {
            for (JsonElement customer : JsonParser.parseReader(json).getAsJsonObject().getAsJsonArray("customers")) {
                if (id.equals(customer.getAsJsonObject().get("id").getAsString())) {
                    return customer.getAsJsonObject();
                }
            }
        }
        throw new AssertionError("no customer " + id + " in etc/demo-crm.json");
    }
}
