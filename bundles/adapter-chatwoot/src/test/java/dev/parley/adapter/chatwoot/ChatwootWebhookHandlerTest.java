package dev.parley.adapter.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.parley.api.conversation.Assistant;
import dev.parley.api.conversation.IncomingMessage;
import dev.parley.api.conversation.InvalidMessageException;
import dev.parley.api.conversation.Reply;
import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.Owner;
import dev.parley.api.store.StoredMessage;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.Outbox;
import dev.parley.webhook.PermanentFailure;
import dev.parley.webhook.WebhookEvent;

/** From a signed request to the calls enqueued and the owner set, with the assistant, store and outbox mocked. */
class ChatwootWebhookHandlerTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    private final Assistant assistant = mock(Assistant.class);
    private final ConversationStore store = mock(ConversationStore.class);
    private final Outbox outbox = mock(Outbox.class);
    private final ChatwootWebhookHandler handler = new ChatwootWebhookHandler(assistant, store, outbox,
            TestSettings.settings(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCustomerMessageIsKeyedByItsIdOrderedByItsConversationAndAnswered() throws Exception {
        byte[] body = Fixtures.bytes("message_created.json");
        when(assistant.handle(any())).thenReturn(new Reply("p-1", "Hello! How can I help?", null, null, null, null,
                false, null));

        WebhookEvent event = handler.parse(ChatwootSignatureTest.request(body, Map.of()));
        handler.process(event);

        assertThat(event.idempotencyKey()).isEqualTo("message:118");
        assertThat(event.orderingKey()).isEqualTo("10");
        assertThat(event.ignored()).isFalse();
        ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(assistant).handle(message.capture());
        assertThat(message.getValue().channel()).isEqualTo("chatwoot");
        assertThat(message.getValue().conversationId()).isEqualTo("10");
        assertThat(message.getValue().messageId()).isEqualTo("118");
        assertThat(message.getValue().text()).isEqualTo("hi");
        ArgumentCaptor<OutboundMessage> call = ArgumentCaptor.forClass(OutboundMessage.class);
        verify(outbox).enqueue(call.capture());
        assertThat(call.getValue().payload()).contains("Hello! How can I help?");
    }

    @Test
    void anAgentsReplyIsRecordedAndHandsTheConversationToPeople() throws Exception {
        Conversation conversation = conversation(Owner.ASSISTANT);
        when(store.findByExternalId("chatwoot", "10")).thenReturn(Optional.of(conversation));
        String body = ChatwootEventsTest.message("outgoing", false, "{\"id\": 5, \"type\": \"user\"}");

        handler.process(handler.parse(ChatwootSignatureTest.request(body.getBytes(StandardCharsets.UTF_8), Map.of())));

        ArgumentCaptor<StoredMessage> stored = ArgumentCaptor.forClass(StoredMessage.class);
        verify(store).appendMessage(eq("p-1"), stored.capture(), eq(Owner.HUMAN));
        assertThat(stored.getValue().author()).isEqualTo(Author.AGENT);
        assertThat(stored.getValue().messageId()).isEqualTo("200");
        verify(assistant, never()).handle(any());
    }

    @Test
    void aHandbackOfAnUnknownConversationChangesNothing() throws Exception {
        when(store.findByExternalId("chatwoot", "10")).thenReturn(Optional.empty());

        handler.process(handler.parse(ChatwootSignatureTest.request(Fixtures.bytes("conversation_opened.json"),
                Map.of())));

        verify(store, never()).open(any(), any(), any(), any());
        verify(store, never()).changeOwner(any(), any());
    }

    @Test
    void statusOpenOfAKnownConversationMakesItHuman() throws Exception {
        when(store.findByExternalId("chatwoot", "10")).thenReturn(Optional.of(conversation(Owner.ASSISTANT)));

        WebhookEvent event = handler.parse(ChatwootSignatureTest.request(
                Fixtures.bytes("conversation_status_changed.json"), Map.of("X-Chatwoot-Delivery", "d-1")));
        handler.process(event);

        assertThat(event.idempotencyKey()).isEqualTo("conversation_status_changed:10:HUMAN:d-1");
        verify(store).changeOwner("p-1", Owner.HUMAN);
    }

    @Test
    void ignoredEventsAreAcknowledgedWithoutProcessing() throws Exception {
        WebhookEvent event = handler.parse(ChatwootSignatureTest.request(Fixtures.bytes("webwidget_triggered.json"),
                Map.of()));

        assertThat(event.ignored()).isTrue();
    }

    @Test
    void aMessageTheAssistantRefusesIsADeadLetterNotARetry() throws Exception {
        when(assistant.handle(any())).thenThrow(new InvalidMessageException("text longer than 8192 bytes"));
        WebhookEvent event = handler.parse(ChatwootSignatureTest.request(Fixtures.bytes("message_created.json"),
                Map.of()));

        assertThatThrownBy(() -> handler.process(event)).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("118");
        verify(outbox, never()).enqueue(any());
    }

    private static Conversation conversation(Owner owner) {
        return new Conversation("p-1", "chatwoot", "10", null, null, new ConversationState(owner, null, null, null, 0),
                NOW, NOW, 1);
    }
}
