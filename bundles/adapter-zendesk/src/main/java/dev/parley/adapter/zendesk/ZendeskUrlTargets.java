package dev.parley.adapter.zendesk;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.helpdesk.JsonPayload;
import dev.parley.helpdesk.MalformedPayloadException;
import dev.parley.webhook.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Legacy URL targets and trigger webhooks that put the ticket into the URL
 * ({@code /webhooks/zendesk?ticket_id={{ticket.id}}}) instead of the JSON body: the query's
 * {@code ticket_id} is added to the body, so the inbox keeps it with the event and processing
 * reads one place. A body that names its ticket keeps it; the query is then not read.
 */
final class ZendeskUrlTargets {

    static final String TICKET_ID = "ticket_id";

    private ZendeskUrlTargets() {
    }

    /**
     * The request with the query's {@code ticket_id} in its body, or the request as it is when the
     * query has none, the body has one or the body is not a JSON object (which the reader refuses
     * with a clear 400).
     */
    static WebhookRequest withQueryTicketId(WebhookRequest request) {
        Optional<String> ticketId = request.queryParameter(TICKET_ID).map(String::strip).filter(id -> !id.isEmpty());
        if (ticketId.isEmpty()) {
            return request;
        }
        try {
            // strict first, as the reader parses: a body it would refuse is not made valid here
            if (JsonPayload.parse(request.bodyText()).has(TICKET_ID)) {
                return request;
            }
        } catch (MalformedPayloadException e) {
            return request;
        }
        JsonObject body = JsonParser.parseString(request.bodyText()).getAsJsonObject();
        body.addProperty(TICKET_ID, ticketId.get());
        return new WebhookRequest(request.handler(), request.headers(), body.toString().getBytes(StandardCharsets.UTF_8),
                request.remoteAddress(), request.receivedAt(), request.query());
    }
}
