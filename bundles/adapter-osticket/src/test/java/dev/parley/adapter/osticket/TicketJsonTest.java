package dev.parley.adapter.osticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.api.Priority;
import dev.parley.api.host.TicketRequest;

class TicketJsonTest {

    private final OsTicketSettings settings = TestSettings.settings(URI.create("https://help.example.com"));
    private final Requester ada = new Requester("Ada Lovelace", "ada@example.com");

    @Test
    void theBodyHoldsExactlyTheDocumentedFieldsWithTheMappedTopicAndPriority() {
        JsonObject body = parse(new TicketJson(settings).body(TestSettings.request("parley:conv-1:m-1"), ada));

        assertThat(body.keySet()).containsExactlyInAnyOrder("alert", "autorespond", "source", "name", "email",
                "subject", "message", "topicId", "priorityId");
        assertThat(body.get("alert").getAsBoolean()).isTrue();
        assertThat(body.get("autorespond").getAsBoolean()).isTrue();
        assertThat(body.get("source").getAsString()).isEqualTo("API");
        assertThat(body.get("name").getAsString()).isEqualTo("Ada Lovelace");
        assertThat(body.get("email").getAsString()).isEqualTo("ada@example.com");
        assertThat(body.get("subject").getAsString()).isEqualTo("Chat handoff: damaged item (negative_sentiment)");
        assertThat(body.get("topicId").getAsInt()).isEqualTo(7);
        assertThat(body.get("priorityId").getAsInt()).isEqualTo(3);
    }

    @Test
    void theMessageIsAUtf8DataUrlWithSummaryOriginAndTranscript() {
        String message = parse(new TicketJson(settings).body(TestSettings.request("parley:conv-1:m-1"), ada))
                .get("message").getAsString();

        assertThat(message).startsWith("data:text/plain;charset=utf-8,");
        // osTicket takes everything after the first comma as the text, not URL-decoded
        String text = message.substring(message.indexOf(',') + 1);
        assertThat(text).startsWith("Why: customer angry about a broken parcel\nCustomer: C-1003 (verified)\n\n")
                .contains("Queue: shipping, priority: high, tags: parley, negative_sentiment\n")
                .contains("Parley conversation: conv-1\n").contains("Parley request: parley:conv-1:m-1\n")
                .endsWith("Conversation so far:\nCustomer: My parcel arrived broken.\nAssistant: I am sorry.");
    }

    @Test
    void unmappedQueuesGetTheDefaultTopicAndUnmappedPrioritiesNone() {
        OsTicketSettings partial = new OsTicketSettings(settings.baseUrl(), "k", Map.of("shipping", 7),
                OptionalInt.empty(), Map.of(Priority.URGENT, 4), "Web", false, false, "Chat customer", "",
                settings.connectTimeout(), settings.readTimeout(), 100);
        TicketRequest billing = new TicketRequest("r", "s", "d", "billing", Priority.NORMAL, null, null, null, null);

        JsonObject body = parse(new TicketJson(partial).body(billing, ada));

        assertThat(body.has("topicId")).isFalse();
        assertThat(body.has("priorityId")).isFalse();
        assertThat(body.get("alert").getAsBoolean()).isFalse();
        assertThat(body.get("source").getAsString()).isEqualTo("Web");
        assertThat(body.get("message").getAsString()).isEqualTo("data:text/plain;charset=utf-8,d\n\n"
                + "Queue: billing, priority: normal\nParley request: r");
    }

    @Test
    void aLongTranscriptKeepsItsEndAndTheMessageFitsOsTicketsColumn() {
        String transcript = "Customer: first words\n" + "Customer: la la la\n".repeat(2_000) + "Customer: last words";
        TicketRequest request = new TicketRequest("r", "a subject\nover two lines", "d", "shipping", Priority.LOW,
                null, null, List.of(), transcript);

        String message = TicketJson.message(request);

        assertThat(message).hasSize(TicketJson.MAX_MESSAGE).contains(TicketJson.OMITTED).endsWith("last words")
                .doesNotContain("first words");
        assertThat(parse(new TicketJson(settings).body(request, ada)).get("subject").getAsString())
                .isEqualTo("a subject over two lines");
    }

    @Test
    void cuttingNeverSplitsACharacter() {
        String emoji = "\uD83D\uDE21";
        TicketRequest request = new TicketRequest("r", "x".repeat(TicketJson.MAX_SUBJECT - 1) + emoji, "d", "shipping",
                Priority.LOW, null, null, null, emoji.repeat(TicketJson.MAX_MESSAGE));

        JsonObject body = parse(new TicketJson(settings).body(request, ada));

        assertThat(body.get("subject").getAsString()).hasSize(TicketJson.MAX_SUBJECT - 1).doesNotContain("\uD83D");
        String message = body.get("message").getAsString();
        assertThat(message.codePoints().filter(point -> point >= 0xD800 && point <= 0xDFFF).count()).isZero();
        assertThat(message).endsWith(emoji);
    }

    @Test
    void textIsSentAsItIsWithoutHtmlEscapes() {
        TicketRequest request = new TicketRequest("r", "Größe <XL> & mehr", "Ärger = 100 %", "shipping", Priority.LOW,
                null, null, null, null);

        String body = new TicketJson(settings).body(request, ada);

        assertThat(body).contains("Größe <XL> & mehr").contains("charset=utf-8,Ärger = 100 %");
    }

    static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
