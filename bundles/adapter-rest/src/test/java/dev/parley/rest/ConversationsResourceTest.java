package dev.parley.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.parley.api.host.Customer;
import dev.parley.api.host.CustomerDirectory;
import dev.parley.api.host.HostUnavailableException;
import dev.parley.api.store.Author;
import dev.parley.api.store.Conversation;
import dev.parley.api.store.ConversationState;
import dev.parley.api.store.ConversationStore;
import dev.parley.api.store.Decision;
import dev.parley.api.store.StoredMessage;

class ConversationsResourceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private final FakeServices services = new FakeServices();
    private final ConversationStore store = mock(ConversationStore.class);
    private final CustomerDirectory customers = mock(CustomerDirectory.class);
    private final ConversationsResource resource = new ConversationsResource(services,
            FakeServices.settings(Duration.ofSeconds(5)));

    @BeforeEach
    void setUp() {
        services.store = store;
        when(store.open(any(), any(), any(), any())).thenAnswer(invocation -> new Conversation("conv-9",
                invocation.getArgument(0), null, invocation.getArgument(2), invocation.getArgument(3),
                ConversationState.initial(), NOW, NOW, 0));
    }

    private static JsonFields body(String json) {
        return JsonFields.parse(json.getBytes(UTF_8), 16);
    }

    @Test
    void aKnownCustomersConversationIsOpenedInTheirChannel() {
        services.customers = customers;
        when(customers.findById("C-1001")).thenReturn(Optional.of(new Customer("C-1001", null, null, null, null, null, null)));

        JsonObject created = resource.create(body("{\"customerId\":\"C-1001\",\"channel\":\"web\",\"locale\":\"de\"}"));

        verify(store).open("web", null, "C-1001", Locale.GERMAN);
        assertThat(created.get("id").getAsString()).isEqualTo("conv-9");
        assertThat(created.get("customerId").getAsString()).isEqualTo("C-1001");
        assertThat(created.get("owner").getAsString()).isEqualTo("assistant");
        assertThat(created.get("createdAt").getAsString()).isEqualTo("2026-11-23T10:15:30Z");
    }

    @Test
    void anAnonymousConversationTakesTheDefaultChannel() {
        resource.create(body(""));

        verify(store).open("rest", null, null, null);
    }

    @Test
    void anUnknownCustomerIs422NamingTheField() {
        services.customers = customers;
        when(customers.findById("C-404")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> resource.create(body("{\"customerId\":\"C-404\"}")))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.field()).isEqualTo("customerId");
                });
        verify(store, never()).open(any(), any(), any(), any());
    }

    @Test
    void withoutADirectoryTheHostsCustomerIdIsTaken() {
        resource.create(body("{\"customerId\":\"C-1001\"}"));

        verify(store).open("rest", null, "C-1001", null);
    }

    @Test
    void anUnreachableDirectoryIsAParleyFailureNotAnUnknownCustomer() {
        services.customers = customers;
        when(customers.findById("C-1001")).thenThrow(new HostUnavailableException("CRM timed out"));

        assertThatThrownBy(() -> resource.create(body("{\"customerId\":\"C-1001\"}")))
                .isInstanceOf(HostUnavailableException.class);
    }

    @Test
    void aMalformedChannelIs400() {
        assertThatThrownBy(() -> resource.create(body("{\"channel\":\"Web Chat!\"}")))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.field()).isEqualTo("channel"));
    }

    @Test
    void theConversationIsReadWithItsTranscriptAndDecisions() {
        Conversation conversation = new Conversation("conv-9", "web", null, "C-1001", null, ConversationState.initial(),
                NOW, NOW, 3);
        when(store.find("conv-9")).thenReturn(Optional.of(conversation));
        Decision decision = new Decision("order_status", 0.9, "commerce-en 1.0.0", -0.2, "neutral", "neutral",
                "order-status", "DONE", null, null, null, 12);
        when(store.transcript("conv-9")).thenReturn(List.of(
                new StoredMessage("conv-9", 1, Author.CUSTOMER, "m-1", "where is my order", NOW, null, null),
                new StoredMessage("conv-9", 2, Author.ASSISTANT, "r-1", "It ships today.", NOW, List.of("Thanks"), decision)));

        JsonObject json = resource.read("conv-9");

        assertThat(json.get("channel").getAsString()).isEqualTo("web");
        assertThat(json.getAsJsonArray("transcript")).hasSize(2);
        JsonObject reply = json.getAsJsonArray("transcript").get(1).getAsJsonObject();
        assertThat(reply.get("author").getAsString()).isEqualTo("assistant");
        assertThat(reply.getAsJsonObject("decision").get("intent").getAsString()).isEqualTo("order_status");
        assertThat(reply.getAsJsonObject("decision").get("skill").getAsString()).isEqualTo("order-status");
        assertThat(json.getAsJsonArray("transcript").get(0).getAsJsonObject().get("decision").isJsonNull()).isTrue();
    }

    @Test
    void readingAnUnknownConversationIs404() {
        when(store.find("nope")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> resource.read("nope"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(404));
    }
}
