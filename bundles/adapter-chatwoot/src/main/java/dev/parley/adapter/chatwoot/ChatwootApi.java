package dev.parley.adapter.chatwoot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.webhook.DeliveryResult;
import dev.parley.webhook.OutboundMessage;
import dev.parley.webhook.PermanentFailure;

/**
 * Makes one outbox call against Chatwoot's application API with the configured
 * {@code api_access_token}: a reply ({@code POST .../conversations/{id}/messages}), opening the
 * conversation for people ({@code toggle_status}), assigning a team ({@code assignments}) or
 * setting labels ({@code labels}). Chatwoot's answer decides: 2xx delivered; 408, 429, 5xx, 401,
 * 403 and connection failures retried (honouring {@code Retry-After}); other 4xx failed for good.
 */
final class ChatwootApi {

    static final String TOKEN_HEADER = "api_access_token";

    private final HttpClient client;
    private final ChatwootSettings settings;
    private final Clock clock;

    ChatwootApi(HttpClient client, ChatwootSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    DeliveryResult deliver(OutboundMessage message) throws IOException, InterruptedException {
        JsonObject payload = JsonParser.parseString(message.payload()).getAsJsonObject();
        long conversationId = payload.get("conversationId").getAsLong();
        JsonObject body = new JsonObject();
        String action;
        switch (message.kind()) {
            case ReplyPlan.MESSAGE -> {
                action = "messages";
                body.addProperty("content", payload.get("content").getAsString());
                body.addProperty("message_type", "outgoing");
                body.addProperty("private", false);
            }
            case ReplyPlan.OPEN -> {
                action = "toggle_status";
                body.addProperty("status", "open");
            }
            case ReplyPlan.ASSIGN -> {
                action = "assignments";
                body.addProperty("team_id", payload.get("teamId").getAsLong());
            }
            case ReplyPlan.LABELS -> {
                action = "labels";
                body.add("labels", payload.get("labels"));
            }
            default -> throw new PermanentFailure("unknown Chatwoot call kind " + message.kind());
        }
        URI uri = URI.create(settings.baseUrl() + "/api/v1/accounts/" + settings.accountId() + "/conversations/"
                + conversationId + "/" + action);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(TOKEN_HEADER, settings.apiAccessToken())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return DeliveryResult.retry(null, "Chatwoot not reachable: " + e.getClass().getSimpleName());
        }
        return outcome(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), action);
    }

    DeliveryResult outcome(int status, String retryAfter, String action) {
        String reason = "Chatwoot " + action + ": HTTP " + status;
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered();
        }
        if (status == 429 || status == 503) {
            return DeliveryResult.retry(retryAfter(retryAfter), reason);
        }
        if (status == 408 || status >= 500 || status == 401 || status == 403) {
            return DeliveryResult.retry(null, status == 401 || status == 403
                    ? reason + ", check apiAccessToken in etc/" + ChatwootWebhookHandler.PID + ".cfg" : reason);
        }
        return DeliveryResult.failed(reason);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; {@code null} if absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
