package dev.parley.webhook;

import java.net.URLDecoder;
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
 * One webhook request as received: its headers, its query string, its raw body and where it came
 * from.
 *
 * @param handler the handler's name, from the path; not {@code null}
 * @param headers the request headers; names are compared ignoring case; {@code null} is taken as
 *     empty; the map is an unmodifiable copy
 * @param body the raw body as received, at most the configured maximum; valid UTF-8; not
 *     {@code null}; callers must not change the array
 * @param remoteAddress the client's IP address, for logs; not {@code null}
 * @param receivedAt when Parley received the request; not {@code null}
 * @param query the raw query string of the request URL, without the {@code ?}, as the host sent it
 *     (still URL-encoded); empty if the URL has none; {@code null} is taken as empty. Hosts that
 *     put values into the URL (e.g. a Zendesk URL target's {@code ?ticket_id=}) are read with
 *     {@link #queryParameter}. Since 1.1.
 */
@ProviderType
public record WebhookRequest(String handler, Map<String, List<String>> headers, byte[] body, String remoteAddress,
        Instant receivedAt, String query) {

    public WebhookRequest {
        Objects.requireNonNull(handler, "handler");
        query = query == null ? "" : query;
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

    /**
     * A request without a query string, as before 1.1.
     *
     * @param handler the handler's name, from the path; not {@code null}
     * @param headers the request headers; {@code null} is taken as empty
     * @param body the raw body as received; not {@code null}
     * @param remoteAddress the client's IP address, for logs; not {@code null}
     * @param receivedAt when Parley received the request; not {@code null}
     */
    public WebhookRequest(String handler, Map<String, List<String>> headers, byte[] body, String remoteAddress,
            Instant receivedAt) {
        this(handler, headers, body, remoteAddress, receivedAt, "");
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
     * The first value of a query parameter, URL-decoded as a form field ({@code +} is a space).
     *
     * @param name the parameter's name, compared exactly (query names are case-sensitive); not
     *     {@code null}
     * @return its first value (empty text for {@code ?name} or {@code ?name=}), or empty if the query
     *     has no such parameter; pairs that are not valid URL encoding are skipped
     */
    public Optional<String> queryParameter(String name) {
        Objects.requireNonNull(name, "name");
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            try {
                if (!pair.isEmpty() && name.equals(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
                        StandardCharsets.UTF_8))) {
                    return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException malformed) {
                // "%zz": a pair nobody can rely on is skipped
            }
        }
        return Optional.empty();
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
