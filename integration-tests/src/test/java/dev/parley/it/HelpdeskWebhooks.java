package dev.parley.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.parley.it.harness.Await;
import dev.parley.it.harness.FakeHost;
import dev.parley.it.harness.ParleyContainer;
import dev.parley.it.harness.WebhookQueues;

/**
 * A ticket helpdesk (Zendesk, Freshdesk) as the container sees it: authenticated webhook deliveries
 * to {@code /webhooks/<name>}, the inbox and outbox figures, and the payloads of
 * ../shared/fixtures/<name>.
 */
final class HelpdeskWebhooks {

    private final ParleyContainer parley;
    private final String path;
    private final Function<byte[], List<String>> authentication;

    /**
     * @param authentication the headers (name, value, name, value ...) that authenticate a body now
     */
    HelpdeskWebhooks(ParleyContainer parley, String name, Function<byte[], List<String>> authentication) {
        this.parley = parley;
        this.path = "/webhooks/" + name;
        this.authentication = authentication;
    }

    /** Retries quickly, so fault tests need seconds, not minutes. */
    static String fastRetries() {
        return "backoffBaseMillis=200\nbackoffMaxSeconds=2\npollMillis=200\nmaxAttempts=60\n";
    }

    /** A fake helpdesk API answering every call with 200. */
    static FakeHost startedHost() {
        try {
            return new FakeHost().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitServed() {
        Await.until("the webhook " + path + " is served", () -> post("{}").statusCode() != 404);
    }

    /** Posts a body authenticated as the helpdesk does. */
    HttpResponse<String> post(String body) {
        return post(body.getBytes(UTF_8));
    }

    HttpResponse<String> post(byte[] body) {
        return send(body, authentication.apply(body).toArray(String[]::new));
    }

    /** Posts a body authenticated as the helpdesk does to the webhook's URL with a query string. */
    HttpResponse<String> postWithQuery(String query, byte[] body) {
        return sendTo(path + "?" + query, body, authentication.apply(body).toArray(String[]::new));
    }

    /** Posts a body with exactly these headers (name, value, ...). */
    HttpResponse<String> send(byte[] body, String... headers) {
        return sendTo(path, body, headers);
    }

    private HttpResponse<String> sendTo(String target, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(parley.uri(target)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return parley.send(request);
    }

    /** The figures of the inbox and outbox from the admin endpoint. */
    JsonObject queues() {
        return WebhookQueues.figures(parley);
    }

    /** Waits until every accepted event is processed and every call delivered (or dead). */
    void awaitSettled() {
        WebhookQueues.awaitSettled(parley);
    }

    static JsonObject json(FakeHost.Request request) {
        return JsonParser.parseString(request.body()).getAsJsonObject();
    }

    /** A problem answer with this status; its JSON body. */
    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Every JSON payload under a fixtures folder, signature vectors left out, sorted by path. */
    static List<Path> fixtures(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return new ArrayList<>(files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().startsWith("signature_vector"))
                    .sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
