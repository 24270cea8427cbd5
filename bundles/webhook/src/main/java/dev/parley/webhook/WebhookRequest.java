package dev.parley.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One webhook request as received: its headers, its raw body and where it came from.
 *
 * @param handler the handler's name, from the path; not {@code null}
 * @param headers the request headers; names are compared ignoring case; {@code null} is taken as
 *     empty; the map is an unmodifiable copy
 * @param body the raw body as received, at most the configured maximum; valid UTF-8; not
 *     {@code null}; callers must not change the array
 * @param remoteAddress the client's IP address, for logs; not {@code null}
 * @param receivedAt when Parley received the request; not {@code null}
 */
@ProviderType
public record WebhookRequest(String handler, Map<String, List<String>> headers, byte[] body, String remoteAddress,
        Instant receivedAt) {

    public WebhookRequest {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(receivedAt, "receivedAt");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.merge(name.toLowerCase(Locale.ROOT),
                    values == null ? List.of() : List.copyOf(values), WebhookRequest::concat));
        }
        headers = Collections.unmodifiableMap(copy);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name, in any case; not {@code null}
     * @return its first value, or empty if the request has no such header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The body as text.
     *
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
