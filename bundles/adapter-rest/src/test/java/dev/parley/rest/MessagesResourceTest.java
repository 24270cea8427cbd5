package dev.parley.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.google.gson.JsonObject;

import dev.parley.api.Priority;
import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.api.handoff.Handoff;
import dev.parley.api.handoff.HandoffTrigger;
import dev.parley.api.nlp.Emotion;
import dev.parley.api.nlp.Entity;
import dev.parley.api.nlp.IntentPrediction;
import dev.parley.api.nlp.Sentiment;
import dev.parley.api.nlp.SentimentLabel;
import dev.parley.api.nlp.Understanding;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;

class MessagesResourceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Conversation CONVERSATION = new Conversation("conv-1", "web", null, "C-1001", Locale.UK,
            ConversationState.initial(), NOW, NOW, 1);

    private final FakeServices services = new FakeServices();
    private final ConversationStore store = mock(ConversationStore.class);
    private final Assistant assistant = mock(Assistant.class);
    private ReplyCalls calls;
    private MessagesResource resource;

    @BeforeEach
    void setUp() {
        services.store = store;
        services.assistant = assistant;
        when(store.find("conv-1")).thenReturn(Optional.of(CONVERSATION));
        calls = new ReplyCalls(2, 7);
        resource = new MessagesResource(services, FakeServices.settings(Duration.ofSeconds(30)), calls,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        calls.close();
    }

    private static JsonFields body(String json) {
        return JsonFields.parse(json.getBytes(UTF_8), 16);
    }

    @Test
    void theMessageGoesToTheAssistantAsPartOfTheStoredConversation() {
        when(assistant.handle(any())).thenReturn(new Reply("conv-1", "Hi!", List.of(), null, null, null, false, null));

        resource.post("conv-1", body("{\"text\":\"hello\",\"messageId\":\"m-7\",\"attributes\":{\"ticket\":\"T-1\"}}"), "ignored");

        ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(assistant).handle(message.capture());
        assertThat(message.getValue().channel()).isEqualTo("web");
        assertThat(message.getValue().conversationId()).isEqualTo("conv-1");
        assertThat(message.getValue().messageId()).isEqualTo("m-7");
        assertThat(message.getValue().customer().customerId()).isEqualTo("C-1001");
        assertThat(message.getValue().text()).isEqualTo("hello");
        assertThat(message.getValue().sentAt()).isEqualTo(NOW);
        assertThat(message.getValue().locale()).isEqualTo(Locale.UK);
        assertThat(message.getValue().attributes()).isEqualTo(Map.of("ticket", "T-1"));
    }

    @Test
    void theMessageIdComesFromTheBodyElseTheIdempotencyKeyElseIsGenerated() {
        when(assistant.handle(any())).thenReturn(new Reply("conv-1", "ok", null, null, null, null, false, null));

        assertThat(resource.post("conv-1", body("{\"text\":\"a\"}"), "key-1").get("messageId").getAsString())
                .isEqualTo("key-1");
        String generated = resource.post("conv-1", body("{\"text\":\"a\"}"), null).get("messageId").getAsString();
        String another = resource.post("conv-1", body("{\"text\":\"a\"}"), null).get("messageId").getAsString();

        assertThat(generated).isNotBlank().isNotEqualTo(another);
        assertThatThrownBy(() -> resource.post("conv-1", body("{\"text\":\"a\"}"), "k".repeat(201)))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.field()).isEqualTo("Idempotency-Key"));
    }

    @Test
    void theReplyIsMappedWithUnderstandingAndHandoff() {
        Understanding understanding = new Understanding(
                new IntentPrediction("order_status", 0.93, null, false, "1.0.0"),
                List.of(new Entity("order_number", "100234", "100234", 9, 15, 1.0)),
                new Sentiment(-0.4, SentimentLabel.NEGATIVE, Emotion.FRUSTRATION, 0.7, "1.0.0"));
        Handoff handoff = new Handoff("orders", HandoffTrigger.NEGATIVE_SENTIMENT, "customer upset", Priority.HIGH,
                "T-42", Instant.parse("2026-11-24T08:00:00Z"), false);
        when(assistant.handle(any())).thenReturn(new Reply("conv-1", "A colleague will help.",
                List.of("Track order", "Talk to a human"), understanding, "order-status", handoff, true, null));

        JsonObject json = resource.post("conv-1", body("{\"text\":\"where is 100234\"}"), null);

        assertThat(json.get("reply").getAsString()).isEqualTo("A colleague will help.");
        assertThat(json.get("intent").getAsString()).isEqualTo("order_status");
        assertThat(json.get("confidence").getAsDouble()).isEqualTo(0.93);
        JsonObject entity = json.getAsJsonArray("entities").get(0).getAsJsonObject();
        assertThat(entity.get("type").getAsString()).isEqualTo("order_number");
        assertThat(entity.get("start").getAsInt()).isEqualTo(9);
        assertThat(entity.get("end").getAsInt()).isEqualTo(15);
        assertThat(json.getAsJsonObject("sentiment").get("label").getAsString()).isEqualTo("negative");
        assertThat(json.getAsJsonObject("sentiment").get("emotion").getAsString()).isEqualTo("frustration");
        JsonObject handoffJson = json.getAsJsonObject("handoff");
        assertThat(handoffJson.get("queue").getAsString()).isEqualTo("orders");
        assertThat(handoffJson.get("ticketId").getAsString()).isEqualTo("T-42");
        assertThat(handoffJson.get("expectedResponseBy").getAsString()).isEqualTo("2026-11-24T08:00:00Z");
        assertThat(handoffJson.get("withinBusinessHours").getAsBoolean()).isFalse();
        assertThat(json.getAsJsonArray("suggestions")).hasSize(2);
        assertThat(json.get("awaitingInput").getAsBoolean()).isTrue();
        assertThat(json.get("skill").getAsString()).isEqualTo("order-status");
    }

    @Test
    void withoutUnderstandingOrHandoffTheMembersAreNull() {
        when(assistant.handle(any())).thenReturn(new Reply("conv-1", "ok", null, null, null, null, false, null));

        String json = JsonResponses.GSON.toJson(resource.post("conv-1", body("{\"text\":\"a\"}"), null));

        assertThat(json).contains("\"handoff\":null", "\"intent\":null", "\"sentiment\":null", "\"entities\":[]",
                "\"skill\":null");
    }

    @Test
    void anUnknownConversationIs404AndTheAssistantIsNotCalled() {
        when(store.find("nope")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> resource.post("nope", body("{\"text\":\"a\"}"), null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
        verify(assistant, never()).handle(any());
    }

    @Test
    void invalidInputIsRefusedBeforeTheStoreIsAsked() {
        assertThatThrownBy(() -> resource.post("conv-1", body("{\"text\":\"\"}"), null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
        verify(store, never()).find(any());
    }

    @Test
    void missingServicesAre503WithRetryAfter() {
        services.assistant = null;

        assertThatThrownBy(() -> resource.post("conv-1", body("{\"text\":\"a\"}"), null))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(503);
                    assertThat(p.headers()).containsEntry("Retry-After", "7");
                });
    }

    @Test
    void theAssistantsRefusalReachesTheCallerUnchanged() {
        when(assistant.handle(any())).thenThrow(new InvalidMessageException("text too long for the assistant"));

        assertThatThrownBy(() -> resource.post("conv-1", body("{\"text\":\"a\"}"), null))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void aReplyThatDoesNotComeInTimeIs503NamingTheMessageId() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        when(assistant.handle(any())).thenAnswer(invocation -> {
            release.await();
            return new Reply("conv-1", "late", null, null, null, null, false, null);
        });
        MessagesResource impatient = new MessagesResource(services, FakeServices.settings(Duration.ofMillis(50)), calls,
                Clock.fixed(NOW, ZoneOffset.UTC));
        try {
            assertThatThrownBy(() -> impatient.post("conv-1", body("{\"text\":\"a\",\"messageId\":\"m-9\"}"), null))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(503);
                        assertThat(p.extensions()).containsEntry("messageId", "m-9");
                    });
        } finally {
            release.countDown();
        }
    }
}
