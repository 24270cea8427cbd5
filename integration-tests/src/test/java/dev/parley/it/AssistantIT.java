package dev.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.TestBundles;

/**
 * The assistant bundle in the real container: it waits for a conversation store, then answers
 * with the default models, a skill on the whiteboard and a helpdesk for handoffs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssistantIT {

    @RegisterExtension
    static final ParleyContainer parley = new ParleyContainer();

    private static Path work;

    @BeforeAll
    static void deployClient(@TempDir Path folder) throws Exception {
        work = folder;
        // the tests bring their own store, helpdesk and skill: without the shipped store, the
        // shipped demo CRM and the skills that use it stop too
        parley.stopBundle("dev.parley.store");
        parley.deploy(TestBundles.assistantClient(work), "assistant-client.jar");
        Await.until("the assistant client servlet answers", () -> parley.get("/it/assistant").statusCode() == 503);
    }

    @Test
    @Order(1)
    void theAssistantStartsWhenAConversationStoreArrives() throws Exception {
        assertThat(parley.bundle("dev.parley.assistant")).hasValueSatisfying(
                b -> assertThat(b.get("state").getAsString()).isEqualTo("Active"));
        assertThat(parley.get(ask("c-0", "m-0", "hello")).body()).isEqualTo("no assistant");

        parley.deploy(TestBundles.assistantStore(work), "assistant-store.jar");

        Await.until("the assistant answers", () -> parley.get(ask("c-0", "m-0", "hello")).statusCode() == 200);
    }

    @Test
    @Order(2)
    void aSkillAnswersWhatTheModelUnderstood() {
        Map<String, String> reply = reply(ask("c-1", "m-1", "Where is my order 100234?"));

        assertThat(reply.get("intent")).isIn("order_status", "track_order");
        assertThat(reply).containsEntry("skill", "it-order-status")
                .containsEntry("text", "Order 100234 is on its way.").containsEntry("handoff", "null");
        assertThat(reply.get("quickReplies")).isNotEmpty();
    }

    @Test
    @Order(3)
    void theSkillThatAskedGetsTheAnswer() {
        Map<String, String> question = reply(ask("c-2", "m-2a", "Where is my order?"));
        Map<String, String> answer = reply(ask("c-2", "m-2b", "100235"));

        assertThat(question).containsEntry("awaitingInput", "true").containsEntry("text", "Which order do you mean?");
        assertThat(answer).containsEntry("text", "Order 100235 is on its way.").containsEntry("awaitingInput", "false");
        assertThat(answer.get("conversation")).isEqualTo(question.get("conversation"));
    }

    @Test
    @Order(4)
    void aRequestForAPersonHandsOffAndTheAssistantFallsSilent() {
        Map<String, String> handoff = reply(ask("c-3", "m-3a", "I want to talk to a real person"));
        Map<String, String> after = reply(ask("c-3", "m-3b", "Where is my order 100234?"));

        assertThat(handoff.get("handoff")).startsWith("general/CUSTOMER_REQUEST/IT-");
        assertThat(handoff.get("text")).contains("our general team");
        assertThat(after).containsEntry("text", "").containsEntry("quickReplies", "");
        assertThat(after.get("handoff")).isEqualTo(handoff.get("handoff"));
    }

    @Test
    @Order(5)
    void anAngryCustomerIsHandedOff() {
        Map<String, String> reply = reply(ask("c-4", "m-4", "This is RIDICULOUS, I want my money back NOW!!!"));

        assertThat(reply.get("handoff")).contains("/NEGATIVE_SENTIMENT/");
    }

    @Test
    @Order(6)
    void aRetryReturnsTheStoredReplyAndInvalidMessagesAreRefused() {
        Map<String, String> first = reply(ask("c-5", "m-5", "Where is my order 100234?"));
        Map<String, String> retry = reply(ask("c-5", "m-5", "Where is my order 100234?"));
        HttpResponse<String> reused = parley.get(ask("c-5", "m-5", "Where is my order 100235?"));
        HttpResponse<String> tooLong = parley.get(ask("c-5", "m-6", "a".repeat(9000)));

        assertThat(retry).isEqualTo(first);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("different text");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("maximum is 8192");
    }

    @Test
    @Order(7)
    void itsConfigurationAppliesLive() {
        parley.writeConfiguration("dev.parley.assistant.cfg", "maxTextLength=100\nnegativeSentimentThreshold=-0.2\n");

        Await.until("the new maximum applies", () -> parley.get(ask("c-7", "m-7", "a".repeat(150))).statusCode() == 400);
        assertThat(parley.get(ask("c-7", "m-7", "a".repeat(150))).body()).contains("maximum is 100");
        assertThat(parley.healthMessages("Configuration files")).noneMatch(m -> m.contains("dev.parley.assistant"));
    }

    private static Map<String, String> reply(String path) {
        HttpResponse<String> response = parley.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().lines().map(line -> line.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : ""));
    }

    private static String ask(String conversation, String message, String text) {
        return "/it/assistant?conversation=" + conversation + "&message=" + message + "&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
