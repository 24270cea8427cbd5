package dev.parley.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;

/** Freshdesk as the container sees it: automation webhooks with Basic credentials and a fake Freshdesk API. */
final class FreshdeskWebhooks {

    static final String API_KEY = "it-api-key-" + UUID.randomUUID();
    static final String USER = "freshdesk";
    static final String PASSWORD = "it-rule-password";
    static final String HEADER_SECRET = "it-header-secret";

    private FreshdeskWebhooks() {
    }

    /** The adapter's configuration against the fake Freshdesk. */
    static String configuration(FakeHost host) {
        return "baseUrl=" + host.baseUri() + "\napiKey=" + API_KEY + "\nwebhookUser=" + USER + "\nwebhookPassword="
                + PASSWORD + "\nwebhookSecret=" + HEADER_SECRET + "\nqueueGroups=shipping=43000004, billing=43000005\ndefaultGroupId=43000009\n";
    }

    static HelpdeskWebhooks webhooks(ParleyContainer parley) {
        return new HelpdeskWebhooks(parley, "freshdesk", body -> List.of("Authorization", basic(USER, PASSWORD)));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    static List<FakeHost.Request> replies(FakeHost host, long ticket) {
        return host.requests("POST", Pattern.quote("/api/v2/tickets/" + ticket + "/reply"));
    }

    static List<FakeHost.Request> notes(FakeHost host, long ticket) {
        return host.requests("POST", Pattern.quote("/api/v2/tickets/" + ticket + "/notes"));
    }

    static List<FakeHost.Request> fieldUpdates(FakeHost host, long ticket) {
        return host.requests("PUT", Pattern.quote("/api/v2/tickets/" + ticket));
    }

    /** The body of an automation rule's webhook with the documented template, plus these members. */
    static String ticket(long ticket, String triggeredEvent, String... members) {
        JsonObject fields = new JsonObject();
        fields.addProperty("triggered_event", triggeredEvent);
        fields.addProperty("ticket_id", Long.toString(ticket));
        fields.addProperty("ticket_url", "https://acme.freshdesk.com/helpdesk/tickets/" + ticket);
        fields.addProperty("ticket_subject", "Question");
        fields.addProperty("ticket_description", "<div>What are your opening hours?</div>");
        fields.addProperty("ticket_status", "Open");
        fields.addProperty("ticket_priority", "Medium");
        fields.addProperty("requester_name", "Grace");
        fields.addProperty("requester_email", "grace@example.com");
        for (int i = 0; i < members.length; i += 2) {
            fields.addProperty(members[i], members[i + 1]);
        }
        JsonObject body = new JsonObject();
        body.add("freshdesk_webhook", fields);
        return body.toString();
    }

    static String created(long ticket, String descriptionHtml) {
        return ticket(ticket, "{ticket_action:created}", "ticket_description", descriptionHtml);
    }

    /** A customer's reply, reported by an Observer rule performed by the requester. */
    static String customerReply(long ticket, String html) {
        return ticket(ticket, "{reply_sent:sent}", "performed_by", "requester", "latest_comment", html,
                "updated_at", java.time.Instant.now().toString());
    }
}
