package dev.parley.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.WebhookQueues;

/**
 * Chatwoot as the container sees it: signed webhook deliveries to {@code /webhooks/chatwoot} and
 * the adapter's configuration pointing at a {@link FakeHost} that stands for Chatwoot's API.
 */
final class ChatwootWebhooks {

    static final String SECRET = "it-chatwoot-secret";
    static final String TOKEN = "it-token-" + UUID.randomUUID();
    static final long ACCOUNT = 1;
    static final String PATH = "/webhooks/chatwoot";
    static final String MESSAGES = "/api/v1/accounts/1/conversations/\\d+/messages";

    private final ParleyContainer parley;

    ChatwootWebhooks(ParleyContainer parley) {
        this.parley = parley;
    }

    /** The adapter's configuration, against the fake Chatwoot. */
    static String configuration(FakeHost host) {
        return "baseUrl=" + host.baseUri() + "\napiAccessToken=" + TOKEN + "\nwebhookSecret=" + SECRET
                + "\naccountId=" + ACCOUNT + "\nteamMapping=shipping=4, billing=5\ndefaultTeamId=9\n"
                + "labelIntent=true\nlabelSentiment=true\n";
    }

    /** Retries quickly, so fault tests need seconds, not minutes. */
    static String fastRetries() {
        return "backoffBaseMillis=200\nbackoffMaxSeconds=2\npollMillis=200\nmaxAttempts=60\n";
    }

    /** A container whose Chatwoot adapter talks to the fake Chatwoot, retrying quickly. */
    static ParleyContainer container(FakeHost host) {
        return new ParleyContainer().withConfiguration("dev.parley.adapter.chatwoot.cfg", configuration(host))
                .withConfiguration("dev.parley.webhook.cfg", fastRetries());
    }

    /** A fake Chatwoot, started, that answers every call 200. */
    static FakeHost startedHost() {
        try {
            return new FakeHost().respond("POST", ".*/messages", 200, "{\"id\": 9000}").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitServed() {
        Await.until("the Chatwoot webhook is served", () -> post("{}".getBytes(UTF_8), Instant.now()).statusCode() != 404);
    }

    HttpResponse<String> post(String body) {
        return post(body.getBytes(UTF_8), Instant.now());
    }

    HttpResponse<String> post(byte[] body, Instant signedAt) {
        String timestamp = Long.toString(signedAt.getEpochSecond());
        return send(body, "X-Chatwoot-Timestamp", timestamp, "X-Chatwoot-Signature", "sha256=" + sign(timestamp, body),
                "X-Chatwoot-Delivery", UUID.randomUUID().toString());
    }

    HttpResponse<String> send(byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(parley.uri(PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return parley.send(request);
    }

    static String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figures of the inbox and outbox from the admin endpoint. */
    JsonObject queues() {
        return WebhookQueues.figures(parley);
    }

    /** Waits until every accepted event is processed and every call delivered (or dead). */
    void awaitSettled() {
        WebhookQueues.awaitSettled(parley);
    }

    /** The replies the fake Chatwoot received in a conversation. */
    static List<FakeHost.Request> replies(FakeHost host, long conversation) {
        return host.requests("POST", Pattern.quote("/api/v1/accounts/1/conversations/" + conversation + "/messages"));
    }

    static JsonObject json(FakeHost.Request request) {
        return JsonParser.parseString(request.body()).getAsJsonObject();
    }

    /** A customer's message as Chatwoot sends it. */
    static String customerMessage(long conversation, long message, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("event", "message_created");
        body.addProperty("id", message);
        body.addProperty("content", text);
        body.addProperty("message_type", "incoming");
        body.addProperty("private", false);
        body.addProperty("created_at", Instant.now().toString());
        body.add("sender", JsonParser.parseString("{\"id\": 14, \"name\": \"Grace\", \"type\": \"contact\"}"));
        body.add("conversation", JsonParser.parseString("{\"id\": " + conversation + ", \"meta\": {\"sender\": "
                + "{\"id\": 14, \"name\": \"Grace\", \"email\": null, \"type\": \"contact\"}}}"));
        body.add("account", JsonParser.parseString("{\"id\": 1}"));
        return body.toString();
    }

    /** A message from Chatwoot's side: an agent (type user), Parley's agent bot, or a private note. */
    static String outgoingMessage(long conversation, long message, String senderType, boolean isPrivate) {
        JsonObject body = JsonParser.parseString(customerMessage(conversation, message, "On it, let me check."))
                .getAsJsonObject();
        body.addProperty("message_type", "outgoing");
        body.addProperty("private", isPrivate);
        body.add("sender", JsonParser.parseString("{\"id\": 5, \"name\": \"John\", \"type\": \"" + senderType + "\"}"));
        return body.toString();
    }

    static String statusChanged(long conversation, String status) {
        return "{\"event\": \"conversation_status_changed\", \"id\": " + conversation + ", \"status\": \"" + status
                + "\"}";
    }
}
