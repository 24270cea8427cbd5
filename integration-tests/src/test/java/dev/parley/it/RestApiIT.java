package dev.parley.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;
import dev.parley.it.sample.rest.EchoAssistant;

/**
 * The REST API over real HTTP in the real container, with its real NLP models and store. A test
 * bundle adds an assistant, ranked above the real one, that answers with the intent the real NLP
 * services found and can be told to answer late, so that these tests are about the API itself;
 * {@link ConversationsIT} talks to the real assistant.
 */
class RestApiIT {

    static final String KEY = "it-" + UUID.randomUUID();
    static final int REPLY_TIMEOUT_SECONDS = 2;

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer().withEnvironment("PARLEY_API_KEY", KEY);

    @BeforeAll
    static void deployFakes(@TempDir Path work) throws Exception {
        parley.writeConfiguration("dev.parley.rest.cfg", "apiKeys=\nreplyTimeoutSeconds=" + REPLY_TIMEOUT_SECONDS + "\n");
        parley.deploy(TestBundles.restFakes(work), "rest-fakes.jar");
        parley.deploy(TestBundles.shellCommands(work), "shell.jar");
        Await.until("the REST API has a store and an assistant",
                () -> !parley.logLines(Pattern.compile("REST API at /api/v1 .* replies within " + REPLY_TIMEOUT_SECONDS + " s")).isEmpty()
                        && post("/api/v1/conversations", "{}").statusCode() == 201);
        Await.until("the test assistant answers, not the real one", RestApiIT::theTestAssistantAnswers);
    }

    // ---- authentication ----

    @Test
    void withoutAKeyEveryEndpointIs401() {
        HttpResponse<String> response = parley.send(request("/api/v1/analyze", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}")));

        assertProblem(response, 401, null);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("X-API-Key"));
        assertThat(problem(response).get("detail").getAsString()).contains("X-API-Key");
        assertProblem(parley.send(request("/api/v1/nowhere", null).GET()), 401, null);
    }

    @Test
    void aWrongKeyIs401AndNeverLogged() {
        String wrong = "wrong-" + UUID.randomUUID();
        HttpResponse<String> response = parley.send(request("/api/v1/conversations", wrong)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertProblem(response, 401, null);
        assertThat(parley.log()).doesNotContain(wrong).doesNotContain(KEY);
    }

    @Test
    void anAdminCreatesAKeyInTheShellWhichStoresOnlyItsHashAndCanRevokeIt() throws Exception {
        Await.until("the shell command is there", () -> shell("list").statusCode() == 200);

        String output = shell("generate").body();
        Matcher generated = Pattern.compile("prl_[A-Za-z0-9_-]+").matcher(output);
        assertThat(generated.find()).as(output).isTrue();
        String key = generated.group();
        Await.until("the new key is accepted", () -> analyzeWith(key) == 200);
        Path file = parley.home().resolve("etc/dev.parley.rest.cfg");
        Await.until("the hash is written to etc/", () -> read(file).contains("sha256:"));
        assertThat(Files.readString(file)).doesNotContain(key);
        assertThat(parley.log()).doesNotContain(key);

        String hash = Pattern.compile("sha256:[0-9a-f]+").matcher(Files.readString(file)).results()
                .map(MatchResult::group).filter(h -> output.contains(h.substring(0, 19))).findFirst().orElseThrow();
        assertThat(shell("revoke", hash.substring(7, 23)).body()).startsWith("Revoked");
        Await.until("the revoked key is refused", () -> analyzeWith(key) == 401);
        Await.until("the other key still works", () -> analyzeWith(KEY) == 200);
    }

    // ---- conversations and messages ----

    @Test
    void aConversationIsCreatedWithItsLocationAndRead() {
        HttpResponse<String> created = post("/api/v1/conversations", "{\"customerId\":\"C-1001\",\"channel\":\"web\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").getAsString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/conversations/" + id);

        HttpResponse<String> read = get("/api/v1/conversations/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject conversation = json(read);
        assertThat(conversation.get("channel").getAsString()).isEqualTo("web");
        assertThat(conversation.get("customerId").getAsString()).isEqualTo("C-1001");
        assertThat(conversation.get("owner").getAsString()).isEqualTo("assistant");
        assertThat(conversation.getAsJsonArray("transcript")).isEmpty();
    }

    @Test
    void anUnknownCustomerIs422NamingTheField() {
        assertProblem(post("/api/v1/conversations", "{\"customerId\":\"C-does-not-exist\"}"), 422, "customerId");
    }

    @Test
    void aMessageIsAnsweredAndStoredWithItsDecision() {
        String id = newConversation();

        HttpResponse<String> response = post("/api/v1/conversations/" + id + "/messages",
                "{\"text\":\"I want to cancel my order 100235\",\"messageId\":\"m-1\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonObject reply = json(response);
        assertThat(reply.get("reply").getAsString()).isNotBlank();
        assertThat(reply.get("intent").getAsString()).isEqualTo("cancel_order");
        assertThat(reply.get("confidence").getAsDouble()).isBetween(0.0, 1.0);
        assertThat(values(reply.getAsJsonArray("entities"))).contains("order_number=100235");
        assertThat(reply.getAsJsonObject("sentiment").get("label").getAsString()).isIn("negative", "neutral", "positive");
        assertThat(reply.has("handoff")).isTrue();
        assertThat(reply.getAsJsonArray("suggestions")).isNotEmpty();
        assertThat(reply.get("awaitingInput").isJsonPrimitive()).isTrue();

        JsonArray transcript = json(get("/api/v1/conversations/" + id)).getAsJsonArray("transcript");
        assertThat(transcript).hasSize(2);
        assertThat(transcript.get(0).getAsJsonObject().get("messageId").getAsString()).isEqualTo("m-1");
        assertThat(transcript.get(1).getAsJsonObject().getAsJsonObject("decision").get("intent").getAsString())
                .isEqualTo("cancel_order");
    }

    @Test
    void aRetriedMessageIdGetsTheStoredReplyAndIsNotHandledTwice() {
        String id = newConversation();
        String path = "/api/v1/conversations/" + id + "/messages";

        HttpResponse<String> first = parley.send(request(path, KEY).header("Content-Type", "application/json")
                .header("Idempotency-Key", "retry-1").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"where is my parcel\"}")));
        HttpResponse<String> again = parley.send(request(path, KEY).header("Content-Type", "application/json")
                .header("Idempotency-Key", "retry-1").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"where is my parcel\"}")));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("reply").getAsString()).isEqualTo(json(first).get("reply").getAsString());
        assertThat(json(again).get("messageId").getAsString()).isEqualTo("retry-1");
        assertThat(json(get("/api/v1/conversations/" + id)).getAsJsonArray("transcript")).hasSize(2);
    }

    @Test
    void aLateReplyIs503AndTheRetryGetsItOnceStored() {
        String id = newConversation();
        String path = "/api/v1/conversations/" + id + "/messages";
        String body = "{\"text\":\"where is my parcel\",\"messageId\":\"slow-1\",\"attributes\":{\""
                + EchoAssistant.DELAY_ATTRIBUTE + "\":\"" + (REPLY_TIMEOUT_SECONDS * 1000 + 1500) + "\"}}";

        HttpResponse<String> late = post(path, body);

        assertProblem(late, 503, null);
        assertThat(late.headers().firstValue("Retry-After")).isPresent();
        assertThat(problem(late).get("messageId").getAsString()).isEqualTo("slow-1");
        Await.until("the retry gets the stored reply", Duration.ofSeconds(15), () -> post(path, body).statusCode() == 200);
        assertThat(json(get("/api/v1/conversations/" + id)).getAsJsonArray("transcript")).hasSize(2);
    }

    @Test
    void anUnknownConversationIs404() {
        assertProblem(get("/api/v1/conversations/no-such-conversation"), 404, null);
        assertProblem(post("/api/v1/conversations/no-such-conversation/messages", "{\"text\":\"hello\"}"), 404, null);
    }

    // ---- bad requests ----

    @Test
    void missingEmptyOrMistypedTextIs400NamingTheField() {
        String path = "/api/v1/conversations/" + newConversation() + "/messages";

        assertProblem(post(path, "{}"), 400, "text");
        assertProblem(post(path, "{\"text\":\"   \"}"), 400, "text");
        assertProblem(post(path, "{\"text\":[\"a\"]}"), 400, "text");
        assertProblem(post(path, "{\"text\":\"hi\",\"messageId\":12}"), 400, "messageId");
    }

    @Test
    void invalidJsonIs400() {
        HttpResponse<String> response = post("/api/v1/analyze", "{\"text\": \"unterminated");

        assertProblem(response, 400, null);
        assertThat(problem(response).get("detail").getAsString()).contains("not valid JSON");
        assertThat(response.body()).doesNotContain("at com.google").doesNotContain("Exception");
    }

    @Test
    void textOver8KilobytesIs413() {
        String text = "é".repeat(4097); // 8194 bytes in UTF-8

        assertProblem(post("/api/v1/analyze", "{\"text\":\"" + text + "\"}"), 413, "text");
        assertThat(post("/api/v1/analyze", "{\"text\":\"" + "e".repeat(8192) + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheCapIs413() {
        String padding = "x".repeat(70_000);

        assertProblem(post("/api/v1/analyze", "{\"text\":\"hi\",\"padding\":\"" + padding + "\"}"), 413, null);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = parley.send(request("/api/v1/analyze", KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("where is my order")));

        assertProblem(response, 415, null);
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405WithAllow() {
        assertProblem(get("/api/v1/orders"), 404, null);

        HttpResponse<String> response = get("/api/v1/analyze");
        assertProblem(response, 405, null);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(parley.send(request("/api/v1/conversations/x", KEY).DELETE()).headers().firstValue("Allow")).contains("GET");
    }

    // ---- analysis ----

    @Test
    void analyzeUsesTheRealModels() {
        HttpResponse<String> response = post("/api/v1/analyze", "{\"text\":\"I want to cancel my order 100235\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject analysis = json(response);
        assertThat(analysis.get("intent").getAsString()).isEqualTo("cancel_order");
        assertThat(analysis.get("outOfScope").getAsBoolean()).isFalse();
        assertThat(analysis.getAsJsonArray("alternatives").get(0).getAsJsonObject().get("intent").getAsString())
                .isEqualTo("cancel_order");
        assertThat(analysis.get("intentModelVersion").getAsString()).isNotBlank();
        assertThat(values(analysis.getAsJsonArray("entities"))).contains("order_number=100235");
        assertThat(analysis.getAsJsonObject("sentiment").get("modelVersion").getAsString()).isNotBlank();

        JsonObject angry = json(post("/api/v1/analyze", "{\"text\":\"This is RIDICULOUS, I want my money back NOW!!!\"}"));
        assertThat(angry.getAsJsonObject("sentiment").get("label").getAsString()).isEqualTo("negative");
        assertThat(angry.getAsJsonObject("sentiment").get("emotion").getAsString()).isEqualTo("anger");
    }

    @Test
    void analyzeSaysWhenTextIsOutOfScope() {
        JsonObject analysis = json(post("/api/v1/analyze", "{\"text\":\"who will win the world cup\"}"));

        assertThat(analysis.get("intent").getAsString()).isEqualTo("oos");
        assertThat(analysis.get("outOfScope").getAsBoolean()).isTrue();
    }

    // ---- helpers ----

    private static HttpResponse<String> shell(String... arguments) {
        StringBuilder query = new StringBuilder("/it/shell?function=apikey");
        for (String argument : arguments) {
            query.append("&arg=").append(argument);
        }
        return parley.send(HttpRequest.newBuilder(parley.uri(query.toString())).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status of an analysis with this key; 0 while the API is being re-registered with new keys. */
    private static int analyzeWith(String key) {
        try {
            return parley.send(request("/api/v1/analyze", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}"))).statusCode();
        } catch (UncheckedIOException connectionClosedDuringReconfiguration) {
            return 0;
        }
    }

    private static String newConversation() {
        HttpResponse<String> created = post("/api/v1/conversations", "{}");
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).get("id").getAsString();
    }

    private static HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(parley.uri(path));
        return key == null ? builder : builder.header("X-API-Key", key);
    }

    static HttpResponse<String> post(String path, String json) {
        return parley.send(request(path, KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8)));
    }

    private static HttpResponse<String> get(String path) {
        return parley.send(request(path, KEY).GET());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static JsonObject problem(HttpResponse<String> response) {
        return json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = problem(response);
        assertThat(problem.get("status").getAsInt()).isEqualTo(status);
        assertThat(problem.get("type").getAsString()).startsWith("urn:parley:problem:");
        assertThat(problem.get("title").getAsString()).isNotBlank();
        assertThat(problem.get("detail").getAsString()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("field").getAsString()).isEqualTo(field);
        }
    }

    private static List<String> values(JsonArray entities) {
        List<String> values = new ArrayList<>();
        for (JsonElement entity : entities) {
            values.add(entity.getAsJsonObject().get("type").getAsString() + "=" + entity.getAsJsonObject().get("value").getAsString());
        }
        return values;
    }

    /** The test assistant names no skill; the real one answers this with its tracking skill. */
    private static boolean theTestAssistantAnswers() {
        HttpResponse<String> created = post("/api/v1/conversations", "{}");
        String id = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsString();
        HttpResponse<String> answer = post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"where is my parcel\"}");
        return answer.statusCode() == 200 && JsonParser.parseString(answer.body()).getAsJsonObject().get("skill").isJsonNull();
    }
}
