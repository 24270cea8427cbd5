package dev.parley.adapter.zendesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.Reply;
import dev.parley.api.store.ConversationStore;
import dev.parley.helpdesk.HostRequests;
import dev.parley.helpdesk.SharedSecrets;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.felix.hc.api.Result;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ZendeskAdapterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");
    private static final List<String> QUEUES = List.of("general", "billing");

    private final Assistant assistant = mock(Assistant.class);
    private final ConversationStore store = mock(ConversationStore.class);
    private final Outbox outbox = mock(Outbox.class);

    private ZendeskAdapter adapter(ZendeskTestConfig config) {
        return new ZendeskAdapter(config, assistant, store, outbox, QUEUES, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static WebhookRequest request(String body, Map<String, List<String>> headers) {
        return new WebhookRequest("zendesk", headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", NOW);
    }

    private static WebhookRequest signed(String body, String secret, Instant at) {
        String timestamp = at.toString();
        String signature = new ZendeskSignature(secret, java.time.Duration.ofMinutes(5), Clock.systemUTC())
                .signature(timestamp, body.getBytes(StandardCharsets.UTF_8));
        return request(body, Map.of(ZendeskSignature.SIGNATURE_HEADER, List.of(signature),
                ZendeskSignature.TIMESTAMP_HEADER, List.of(timestamp)));
    }

    @Test
    void acceptsSignedRequestsAndRefusesUnsignedWrongOrOldOnes() throws Exception {
        ZendeskAdapter adapter = adapter(new ZendeskTestConfig());
        String body = ZendeskPayloadsTest.comment("1", "700", false, true);

        adapter.authenticate(signed(body, "signing-secret", NOW.minusSeconds(10)));
        assertThatThrownBy(() -> adapter.authenticate(request(body, Map.of())))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThatThrownBy(() -> adapter.authenticate(signed(body, "guessed", NOW)))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThatThrownBy(() -> adapter.authenticate(signed(body, "signing-secret", NOW.minusSeconds(301))))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.detail()).contains("replayed"));
    }

    @Test
    void triggerTargetsAuthenticateWithBasicCredentials() throws Exception {
        ZendeskTestConfig config = new ZendeskTestConfig();
        config.webhookUser = "zendesk";
        config.webhookPassword = "target-password";
        ZendeskAdapter adapter = adapter(config);

        adapter.authenticate(request("{}", Map.of("Authorization",
                List.of(SharedSecrets.basicHeader("zendesk", "target-password")))));
        assertThatThrownBy(() -> adapter.authenticate(request("{}", Map.of("Authorization",
                List.of(SharedSecrets.basicHeader("zendesk", "wrong"))))))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.status()).isEqualTo(401));
        assertThatThrownBy(() -> adapter.authenticate(request("{}", Map.of())))
                .isInstanceOf(WebhookRejection.class);
    }

    @Test
    void parseKeysByCommentOrdersByTicketAndIgnoresWhatIsNotForTheAssistant() throws Exception {
        ZendeskAdapter adapter = adapter(new ZendeskTestConfig());

        WebhookEvent event = adapter.parse(request(ZendeskPayloadsTest.comment("5001", "700", false, true), Map.of()));
        assertThat(event.ignored()).isFalse();
        assertThat(event.idempotencyKey()).isEqualTo("comment-5001");
        assertThat(event.orderingKey()).isEqualTo("42");

        assertThat(adapter.parse(request(ZendeskPayloadsTest.comment("5002", "900", true, true), Map.of())).ignored())
                .isTrue();
        assertThatThrownBy(() -> adapter.parse(request("{\"comment\": \"hi\"}", Map.of())))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.field()).isEqualTo("ticket_id");
                });
    }

    @Test
    void aUrlTargetWithTheTicketOnlyInItsQueryIsReadAndAnswered() throws Exception {
        ZendeskAdapter adapter = adapter(new ZendeskTestConfig());
        when(assistant.handle(any())).thenReturn(new Reply("p-1", "It ships today.", null, null, null, null, false, null));
        String body = "{\"comment\": \"Where is my order 100234?\", \"updated_at\": \"2026-12-04T19:59:00Z\"}";

        WebhookEvent event = adapter.parse(withQuery(body, "ticket_id=42"));
        assertThat(event.orderingKey()).isEqualTo("42");
        adapter.process(event);

        ArgumentCaptor<IncomingMessage> asked = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(assistant).handle(asked.capture());
        assertThat(asked.getValue().conversationId()).isEqualTo("42");
        assertThat(asked.getValue().text()).isEqualTo("Where is my order 100234?");
        ArgumentCaptor<OutboundMessage> queued = ArgumentCaptor.forClass(OutboundMessage.class);
        verify(outbox).enqueue(queued.capture());
        assertThat(HostRequests.fromJson(queued.getValue().payload()).path()).isEqualTo("/api/v2/tickets/42.json");
    }

    @Test
    void theBodysTicketWinsOverTheQueryAndABadQueryTicketIsRefusedLikeABadBodyOne() throws Exception {
        ZendeskAdapter adapter = adapter(new ZendeskTestConfig());
        String body = "{\"ticket_id\": \"43\", \"comment\": \"Hello\", \"updated_at\": \"2026-12-04T19:59:00Z\"}";

        assertThat(adapter.parse(withQuery(body, "ticket_id=42")).orderingKey()).isEqualTo("43");
        assertThatThrownBy(() -> adapter.parse(withQuery("{\"comment\": \"Hello\"}", "ticket_id=4x2")))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.field()).isEqualTo("ticket_id");
                });
        assertThatThrownBy(() -> adapter.parse(withQuery("[1]", "ticket_id=42")))
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThatThrownBy(() -> adapter.parse(withQuery("{comment: 'Hello'}", "ticket_id=42")))
                .as("lenient JSON is not made strict by adding the ticket")
                .isInstanceOfSatisfying(WebhookRejection.class, r -> assertThat(r.detail()).contains("not valid JSON"));
    }

    private static WebhookRequest withQuery(String body, String query) {
        return new WebhookRequest("zendesk", Map.of(), body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", NOW, query);
    }

    @Test
    void processAsksTheAssistantWithTheTicketAsConversationAndQueuesTheReply() throws Exception {
        ZendeskAdapter adapter = adapter(new ZendeskTestConfig());
        when(assistant.handle(any())).thenReturn(new Reply("p-1", "It ships today.", null, null, null, null, false, null));
        WebhookEvent event = adapter.parse(request(ZendeskPayloadsTest.comment("5001", "700", false, true), Map.of()));

        adapter.process(event);

        ArgumentCaptor<IncomingMessage> asked = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(assistant).handle(asked.capture());
        assertThat(asked.getValue().channel()).isEqualTo("zendesk");
        assertThat(asked.getValue().conversationId()).isEqualTo("42");
        assertThat(asked.getValue().messageId()).isEqualTo("comment-5001");
        ArgumentCaptor<OutboundMessage> queued = ArgumentCaptor.forClass(OutboundMessage.class);
        verify(outbox).enqueue(queued.capture());
        assertThat(queued.getValue().idempotencyKey()).isEqualTo("comment-5001:reply");
        assertThat(queued.getValue().orderingKey()).isEqualTo("42");
        assertThat(HostRequests.fromJson(queued.getValue().payload()).path()).isEqualTo("/api/v2/tickets/42.json");
    }

    @Test
    void silenceQueuesNothing() throws Exception {
        ZendeskAdapter adapter = adapter(new ZendeskTestConfig());
        when(assistant.handle(any())).thenReturn(new Reply("p-1", "", null, null, null, null, false, null));

        adapter.process(adapter.parse(request(ZendeskPayloadsTest.comment("5001", "700", false, true), Map.of())));

        verify(outbox, never()).enqueue(any());
    }

    @Test
    void aConfigurationWithProblemsIsCriticalAndRefusesWebhooks() {
        ZendeskTestConfig config = new ZendeskTestConfig();
        config.queueGroups = new String[] {"refunds=abc"};
        config.baseUrl = "acme";
        config.signingSecret = "";
        ZendeskAdapter adapter = adapter(config);

        Result health = adapter.execute();

        assertThat(health.getStatus()).isEqualTo(Result.Status.CRITICAL);
        assertThat(health.toString()).contains("refunds").contains("baseUrl").contains("signingSecret")
                .doesNotContain("api-token");
        assertThatThrownBy(() -> adapter.authenticate(request("{}", Map.of()))).isInstanceOf(WebhookRejection.class);
        assertThat(adapter(new ZendeskTestConfig()).execute().getStatus()).isEqualTo(Result.Status.OK);
    }
}
