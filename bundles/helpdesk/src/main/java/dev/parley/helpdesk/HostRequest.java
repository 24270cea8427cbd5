package dev.parley.helpdesk;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One call of a helpdesk's API, as queued in the outbox: relative to the configured base URL, so a
 * changed URL or credential applies to calls still queued.
 *
 * @param method the HTTP method, e.g. {@code PUT}; not {@code null}
 * @param path the path below the base URL, e.g. {@code /api/v2/tickets/42.json}; not {@code null}
 * @param json the JSON body; not {@code null}
 */
@ProviderType
public record HostRequest(String method, String path, String json) {

    public HostRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(json, "json");
    }
}
