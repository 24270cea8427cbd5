package dev.parley.adapter.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.parley.api.store.Owner;
import dev.parley.webhook.WebhookRejection;

/** What each Chatwoot payload means, for the real payloads of ../shared and for ones written here. */
class ChatwootEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final ChatwootEvents events = new ChatwootEvents(1, 7);

    @Test
    void anIncomingMessageIsTheCustomersWithTheContactFromTheConversation() throws Exception {
        ChatwootEvent event = read(Fixtures.text("message_created.json"));

        assertThat(event).isInstanceOfSatisfying(ChatwootEvent.CustomerMessage.class, message -> {
            assertThat(message.conversationId()).isEqualTo(10);
            assertThat(message.messageId()).isEqualTo(118);
            assertThat(message.text()).isEqualTo("hi");
            assertThat(message.customer().name()).isEqualTo("little-haze-776");
            assertThat(message.customer().email()).isNull();
            assertThat(message.sentAt()).isEqualTo(Instant.parse("2021-07-23T18:02:48Z"));
            assertThat(message.inboxId()).isEqualTo(1L);
            assertThat(message.toString()).doesNotContain("hi]");
        });
    }

    @Test
    void conversationStatusesSetTheOwner() throws Exception {
        assertThat(read(Fixtures.text("conversation_status_changed.json")))
                .isEqualTo(new ChatwootEvent.OwnerChange(10, Owner.HUMAN, "status open"));
        assertThat(read(Fixtures.text("conversation_opened.json")))
                .isEqualTo(new ChatwootEvent.OwnerChange(10, Owner.ASSISTANT, "status pending"));
        assertThat(read(Fixtures.text("conversation_status_changed.json").replace("\"status\": \"open\"",
                "\"status\": \"resolved\""))).isEqualTo(new ChatwootEvent.OwnerChange(10, Owner.RESOLVED,
                        "status resolved"));
    }

    @Test
    void eventsParleyDoesNotUseAreIgnored() throws Exception {
        assertThat(read(Fixtures.text("webwidget_triggered.json"))).isInstanceOf(ChatwootEvent.Ignored.class);
        assertThat(read(Fixtures.text("conversation_created.assembled.json"))).isInstanceOf(ChatwootEvent.Ignored.class);
        assertThat(read("{\"event\": \"contact_updated\", \"id\": 3}")).isInstanceOf(ChatwootEvent.Ignored.class);
    }

    @Test
    void outgoingMessagesOfAPersonAreAnAgentsOfParleyItsOwn() throws Exception {
        String agent = message("outgoing", false, "{\"id\": 5, \"type\": \"user\", \"name\": \"John\"}");
        String bot = message("outgoing", false, "{\"id\": 2, \"type\": \"agent_bot\"}");
        String ownUser = message("outgoing", false, "{\"id\": 7, \"type\": \"user\"}");
        String automation = message("outgoing", false, "null");

        assertThat(read(agent)).isInstanceOf(ChatwootEvent.AgentMessage.class);
        assertThat(read(bot)).isInstanceOf(ChatwootEvent.Ignored.class);
        assertThat(read(ownUser)).isInstanceOf(ChatwootEvent.Ignored.class);
        assertThat(read(automation)).isInstanceOf(ChatwootEvent.Ignored.class);
    }

    @Test
    void privateNotesActivityAndTemplatesAreIgnored() throws Exception {
        assertThat(read(message("incoming", true, "{\"id\": 14, \"type\": \"contact\"}")))
                .isEqualTo(new ChatwootEvent.Ignored(10, "private note"));
        assertThat(read(message("outgoing", true, "{\"id\": 5, \"type\": \"user\"}")))
                .isEqualTo(new ChatwootEvent.Ignored(10, "private note"));
        assertThat(read(message("activity", false, "null"))).isInstanceOf(ChatwootEvent.Ignored.class);
        assertThat(read(message("3", false, "null"))).isInstanceOf(ChatwootEvent.Ignored.class);
    }

    @Test
    void anAssignmentToAPersonOrTeamHandsTheConversationToPeople() throws Exception {
        String assigned = "{\"event\": \"conversation_updated\", \"id\": 10, \"changed_attributes\": "
                + "[{\"team_id\": {\"previous_value\": null, \"current_value\": 3}}]}";
        String unassigned = "{\"event\": \"conversation_updated\", \"id\": 10, \"changed_attributes\": "
                + "[{\"assignee_id\": {\"previous_value\": 1, \"current_value\": null}}]}";

        assertThat(read(assigned)).isEqualTo(new ChatwootEvent.OwnerChange(10, Owner.HUMAN, "assigned"));
        assertThat(read(unassigned)).isInstanceOf(ChatwootEvent.Ignored.class);
    }

    @Test
    void malformedBodiesAreRefusedNamingTheField() {
        assertThat(rejection("{\"event\": ").status()).isEqualTo(400);
        assertThat(rejection("{event: \"message_created\"}").status()).as("strict JSON").isEqualTo(400);
        assertThat(rejection("[1, 2]").detail()).contains("not a JSON object");
        assertThat(rejection("{\"id\": 1}").field()).isEqualTo("event");
        assertThat(rejection("{\"event\": \"message_created\", \"message_type\": \"incoming\", \"id\": 1}").field())
                .isEqualTo("conversation");
        WebhookRejection mistyped = rejection("{\"event\": \"message_created\", \"id\": \"abc\", "
                + "\"conversation\": {\"id\": 10}, \"message_type\": \"incoming\"}");
        assertThat(mistyped.status()).isEqualTo(422);
        assertThat(mistyped.field()).isEqualTo("id");
        assertThat(rejection("{\"event\": \"message_created\", \"id\": 1, \"conversation\": {\"id\": 10}, "
                + "\"message_type\": \"shout\"}").field()).isEqualTo("message_type");
    }

    @Test
    void anotherAccountsEventIsRefused() {
        WebhookRejection rejection = rejection(message("incoming", false, "null").replace("\"account\": {\"id\": 1}",
                "\"account\": {\"id\": 2}"));

        assertThat(rejection.status()).isEqualTo(422);
        assertThat(rejection.field()).isEqualTo("account.id");
    }

    static String message(String type, boolean isPrivate, String sender) {
        return "{\"event\": \"message_created\", \"id\": 200, \"content\": \"Where is my order?\", \"message_type\": \""
                + type + "\", \"private\": " + isPrivate + ", \"sender\": " + sender + ", \"conversation\": {\"id\": 10},"
                + " \"account\": {\"id\": 1}}";
    }

    private ChatwootEvent read(String body) throws WebhookRejection {
        JsonObject object = ChatwootEvents.parseObject(body);
        return events.read(object, NOW);
    }

    private WebhookRejection rejection(String body) {
        return catchThrowableOfType(WebhookRejection.class, () -> read(body));
    }
}
