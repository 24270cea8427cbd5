package dev.parley.adapter.osticket;

import java.util.OptionalInt;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import dev.parley.api.host.TicketRequest;

/**
 * The body of {@code POST /api/tickets.json} with the fields osTicket documents: {@code alert},
 * {@code autorespond}, {@code source}, {@code name}, {@code email}, {@code subject},
 * {@code message}, {@code topicId}, {@code priorityId}. The message is an RFC 2397 data URL
 * declaring UTF-8, because osTicket reads a data URL without a charset as ISO-8859-1, and a plain
 * string that happens to start with "data:" would be taken for one.
 */
final class TicketJson {

    static final String MESSAGE_PREFIX = "data:text/plain;charset=utf-8,";
    /** osTicket keeps the subject in a 255-character column. */
    static final int MAX_SUBJECT = 255;
    /**
     * osTicket keeps the message in a MySQL TEXT column of 65,535 bytes: 16,000 characters fit
     * even when every one takes four bytes in UTF-8.
     */
    static final int MAX_MESSAGE = 16_000;
    static final String OMITTED = "[earlier messages omitted]\n";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final OsTicketSettings settings;

    TicketJson(OsTicketSettings settings) {
        this.settings = settings;
    }

    String body(TicketRequest request, Requester requester) {
        JsonObject json = new JsonObject();
        json.addProperty("alert", settings.alert());
        json.addProperty("autorespond", settings.autorespond());
        json.addProperty("source", settings.source());
        json.addProperty("name", requester.name());
        json.addProperty("email", requester.email());
        json.addProperty("subject", oneLine(request.subject(), MAX_SUBJECT));
        json.addProperty("message", MESSAGE_PREFIX + message(request));
        OptionalInt topic = settings.topicOf(request.queue());
        topic.ifPresent(id -> json.addProperty("topicId", id));
        Integer priority = settings.priorities().get(request.priority());
        if (priority != null) {
            json.addProperty("priorityId", priority);
        }
        return GSON.toJson(json);
    }

    /** The summary, where it comes from, and as much of the transcript as fits, its end first. */
    static String message(TicketRequest request) {
        StringBuilder head = new StringBuilder(request.description().strip()).append("\n\n");
        head.append("Queue: ").append(request.queue()).append(", priority: ")
                .append(request.priority().name().toLowerCase(java.util.Locale.ROOT));
        if (!request.tags().isEmpty()) {
            head.append(", tags: ").append(String.join(", ", request.tags()));
        }
        head.append('\n');
        if (request.conversationId() != null) {
            head.append("Parley conversation: ").append(request.conversationId()).append('\n');
        }
        head.append("Parley request: ").append(request.requestId()).append('\n');
        String transcript = request.transcript() == null ? "" : request.transcript().strip();
        if (transcript.isEmpty()) {
            return cut(head.toString().strip(), MAX_MESSAGE);
        }
        head.append("\nConversation so far:\n");
        int room = MAX_MESSAGE - head.length();
        if (room <= OMITTED.length()) {
            return cut(head.toString().strip(), MAX_MESSAGE);
        }
        if (transcript.length() > room) {
            int start = transcript.length() - (room - OMITTED.length());
            // never half a character: a low surrogate does not start the kept end
            transcript = OMITTED + transcript.substring(Character.isLowSurrogate(transcript.charAt(start)) ? start + 1
                    : start);
        }
        return head + transcript;
    }

    private static String oneLine(String text, int max) {
        return cut(text.replaceAll("\\s+", " ").strip(), max);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
