package dev.parley.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;

/** Zendesk as the container sees it: signed event webhooks and a fake Zendesk API. */
final class ZendeskWebhooks {

    static final String SECRET = "it-zendesk-signing-secret";
    static final String TOKEN = "it-token-" + UUID.randomUUID();
    static final String EMAIL = "parley@example.com";
    static final String ASSISTANT = "900";
    static final String AGENT = "800";
    static final String CUSTOMER = "700";

    private ZendeskWebhooks() {
    }

    /** The adapter's configuration against the fake Zendesk. */
    static String configuration(FakeHost host) {
        return "baseUrl=" + host.baseUri() + "\nemail=" + EMAIL + "\napiToken=" + TOKEN + "\nassistantUserId="
                + ASSISTANT + "\nsigningSecret=" + SECRET + "\nqueueGroups=shipping=360004, billing=360005\n"
                + "defaultGroupId=360009\n";
    }

    static HelpdeskWebhooks webhooks(ParleyContainer parley) {
        return new HelpdeskWebhooks(parley, "zendesk", body -> signed(body, Instant.now()));
    }

    /** The signature headers of a body at a time, as Zendesk computes them. */
    static List<String> signed(byte[] body, Instant at) {
        String timestamp = at.truncatedTo(ChronoUnit.SECONDS).toString();
        return List.of("X-Zendesk-Webhook-Signature-Timestamp", timestamp, "X-Zendesk-Webhook-Signature",
                sign(timestamp, body));
    }

    static String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ticket updates the fake Zendesk received for a ticket. */
    static List<FakeHost.Request> updates(FakeHost host, long ticket) {
        return host.requests("PUT", Pattern.quote("/api/v2/tickets/" + ticket + ".json"));
    }

    /** The public replies among them. */
    static List<FakeHost.Request> replies(FakeHost host, long ticket) {
        return updates(host, ticket).stream().filter(request -> comment(request).get("public").getAsBoolean()).toList();
    }

    static JsonObject ticket(FakeHost.Request request) {
        return HelpdeskWebhooks.json(request).getAsJsonObject("ticket");
    }

    static JsonObject comment(FakeHost.Request request) {
        return ticket(request).getAsJsonObject("comment");
    }

    /** A comment added to a ticket, as Zendesk's ticket.comment_added event webhook sends it. */
    static String comment(long ticket, long comment, String authorId, boolean staff, boolean isPublic, String text) {
        JsonObject body = envelope("ticket.comment_added", ticket, CUSTOMER);
        JsonObject author = new JsonObject();
        author.addProperty("id", authorId);
        author.addProperty("is_staff", staff);
        author.addProperty("name", staff ? "John" : "Grace");
        JsonObject value = new JsonObject();
        value.addProperty("id", Long.toString(comment));
        value.addProperty("body", text);
        value.addProperty("is_public", isPublic);
        value.add("author", author);
        body.getAsJsonObject("event").add("comment", value);
        return body.toString();
    }

    static String customer(long ticket, long comment, String text) {
        return comment(ticket, comment, CUSTOMER, false, true, text);
    }

    /** Another ticket event, e.g. ticket.status_changed with {@code {"current": "PENDING"}}. */
    static String event(String type, long ticket, String actor, String event) {
        JsonObject body = envelope(type, ticket, actor);
        body.add("event", JsonParser.parseString(event));
        return body.toString();
    }

    private static JsonObject envelope(String type, long ticket, String actor) {
        JsonObject body = new JsonObject();
        body.addProperty("type", "zen:event-type:" + type);
        body.addProperty("account_id", 12514403);
        body.addProperty("id", UUID.randomUUID().toString());
        body.addProperty("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        body.addProperty("zendesk_event_version", "2022-11-06");
        body.addProperty("subject", "zen:ticket:" + ticket);
        JsonObject detail = new JsonObject();
        detail.addProperty("id", Long.toString(ticket));
        detail.addProperty("requester_id", CUSTOMER);
        detail.addProperty("actor_id", actor);
        detail.addProperty("priority", "NORMAL");
        detail.addProperty("status", "OPEN");
        body.add("detail", detail);
        body.add("event", new JsonObject());
        return body;
    }
}
