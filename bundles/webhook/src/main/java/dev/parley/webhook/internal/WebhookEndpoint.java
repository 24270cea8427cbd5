package dev.parley.webhook.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.store.StoreUnavailableException;
import dev.parley.webhook.WebhookEvent;
import dev.parley.webhook.WebhookHandler;
import dev.parley.webhook.WebhookRejection;
import dev.parley.webhook.WebhookRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Handles {@code POST /webhooks/<name>} while the host waits: reads and checks the body, lets the
 * handler authenticate and parse it, and persists the event in the inbox before acknowledging, so
 * the answer comes in milliseconds and the work survives a restart. Bodies are never logged.
 */
final class WebhookEndpoint {

    static final String BASE_PATH = "/webhooks";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    /** Persists an accepted event; {@code false} if its key was accepted before. */
    @FunctionalInterface
    interface Inbox {
        boolean add(String source, String key, String type, String orderingKey, String body);
    }

    private final Function<String, WebhookHandler> handlers;
    private final Inbox inbox;
    private final Runnable accepted;
    private final int maxBodyBytes;
    private final Clock clock;

    /**
     * @param handlers the handler of a name, or {@code null}
     * @param accepted called after an event was persisted, to wake the workers
     */
    WebhookEndpoint(Function<String, WebhookHandler> handlers, Inbox inbox, Runnable accepted, int maxBodyBytes,
            Clock clock) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.accepted = accepted;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String name = path.startsWith("/") ? path.substring(1) : path;
        String instance = BASE_PATH + path;
        WebhookHandler handler = name.isEmpty() || name.contains("/") ? null : handlers.apply(name);
        if (handler == null) {
            Problems.write(response, 404, "Not found", "no webhook is served at " + instance + "; the path is "
                    + BASE_PATH + "/<name> of an installed and configured adapter (e.g. chatwoot)", null, instance);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            Problems.write(response, 405, "Method not allowed", "webhooks are delivered with POST", null, instance);
            return;
        }
        byte[] body;
        try {
            body = BoundedBody.read(request.getInputStream(), request.getContentLengthLong(), maxBodyBytes);
        } catch (BoundedBody.TooLargeException e) {
            LOG.warn("Webhook {}: refused a request from {}: {}", name, request.getRemoteAddr(), e.getMessage());
            response.setHeader("Connection", "close");
            Problems.write(response, 413, "Content too large", e.getMessage(), null, instance);
            return;
        }
        if (!BoundedBody.isUtf8(body)) {
            LOG.warn("Webhook {}: refused a request from {}: the body is not valid UTF-8", name, request.getRemoteAddr());
            Problems.write(response, 400, "Bad request", "the body is not valid UTF-8; send JSON encoded in UTF-8",
                    null, instance);
            return;
        }
        WebhookRequest webhook = new WebhookRequest(name, headers(request), body, request.getRemoteAddr(),
                clock.instant(), request.getQueryString());
        WebhookEvent event;
        try {
            handler.authenticate(webhook);
            event = handler.parse(webhook);
        } catch (WebhookRejection rejection) {
            LOG.warn("Webhook {}: refused a request from {} with {}: {}", name, request.getRemoteAddr(),
                    rejection.status(), rejection.detail());
            Problems.write(response, rejection.status(), rejection.title(), rejection.detail(), rejection.field(),
                    instance);
            return;
        } catch (RuntimeException e) {
            // A broken adapter must not take the endpoint down: the host gets a 500 and retries.
            LOG.error("Webhook {}: the handler {} failed on a request: {}", name, handler.getClass().getName(),
                    e.toString());
            LOG.debug("Webhook {}: handler failure", name, e);
            Problems.write(response, 500, "Internal error", "the " + name + " adapter failed on this request; "
                    + "the log names the cause; the host may retry it", null, instance);
            return;
        }
        if (event.ignored()) {
            LOG.debug("Webhook {}: ignored {} {}", name, event.type(), event.idempotencyKey());
            Problems.acknowledge(response, 200, "ignored");
            return;
        }
        boolean added;
        try {
            added = inbox.add(name, event.idempotencyKey(), event.type(), event.orderingKey(), event.body());
        } catch (StoreUnavailableException e) {
            LOG.warn("Webhook {}: could not keep an event, answered 503 for the host to retry: {}", name,
                    e.getMessage());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            Problems.write(response, 503, "Service unavailable", "Parley cannot store the event now; retry later",
                    null, instance);
            return;
        }
        if (added) {
            LOG.debug("Webhook {}: accepted {} {}", name, event.type(), event.idempotencyKey());
            accepted.run();
            Problems.acknowledge(response, 202, "accepted");
        } else {
            LOG.debug("Webhook {}: {} {} was accepted before", name, event.type(), event.idempotencyKey());
            Problems.acknowledge(response, 200, "duplicate");
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header : Collections.list(request.getHeaderNames())) {
            headers.put(header, Collections.list(request.getHeaders(header)));
        }
        return headers;
    }
}
