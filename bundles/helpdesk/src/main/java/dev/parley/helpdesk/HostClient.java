package dev.parley.helpdesk;

import dev.parley.webhook.DeliveryResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs a {@link HostRequest} against a helpdesk's API and says what the outbox should do next:
 * done on 2xx; retry on 429, 5xx, 408, 401, 403 or a connection failure (a host that is down, or
 * credentials an admin is fixing), honouring {@code Retry-After}; failed on other 4xx, which the
 * same call will get again.
 */
public final class HostClient {

    private static final Logger LOG = LoggerFactory.getLogger(HostClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String channel;

    /** @param channel the adapter's channel, for the log */
    public HostClient(String channel) {
        this.channel = channel;
    }

    /**
     * Sends one call.
     *
     * @param baseUrl the host's base URL, without a trailing slash
     * @param authorization the {@code Authorization} header's value; never logged
     * @param request the call
     * @return the outcome for the outbox
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public DeliveryResult send(URI baseUrl, String authorization, HostRequest request) throws InterruptedException {
        HttpRequest http = HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .method(request.method(), HttpRequest.BodyPublishers.ofString(request.json()))
                .build();
        HttpResponse<Void> response;
        try {
            response = this.http.send(http, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return DeliveryResult.retry(null, request.method() + " " + request.path() + ": " + channel
                    + " not reachable (" + e.getClass().getSimpleName() + ")");
        }
        int status = response.statusCode();
        String reason = request.method() + " " + request.path() + ": HTTP " + status;
        LOG.debug("{} {} answered {}", channel, request.path(), status);
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered();
        }
        if (status == 429 || status >= 500 || status == 408) {
            return DeliveryResult.retry(retryAfter(response).orElse(null), reason);
        }
        if (status == 401 || status == 403) {
            return DeliveryResult.retry(null, reason + "; check the adapter's API credentials");
        }
        return DeliveryResult.failed(reason);
    }

    /** {@code Retry-After} in seconds (helpdesks send seconds, not dates), capped at an hour. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 3600)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
