package dev.parley.adapter.osticket;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import dev.parley.api.Priority;
import dev.parley.api.host.TicketRequest;

/** Settings and configurations for the tests. */
final class TestSettings {

    static final String API_KEY = "3F9A0C1D2E4B5A6978C0D1E2F3A4B5C6";

    private TestSettings() {
    }

    /**
     * Queue shipping is topic 7, others the default topic 1; priorities of a new osTicket; timeouts
     * generous enough for a loaded build machine.
     */
    static OsTicketSettings settings(URI baseUrl) {
        return settings(baseUrl, Duration.ofSeconds(10));
    }

    static OsTicketSettings settings(URI baseUrl, Duration readTimeout) {
        return new OsTicketSettings(baseUrl, API_KEY, Map.of("shipping", 7), OptionalInt.of(1),
                Map.of(Priority.LOW, 1, Priority.NORMAL, 2, Priority.HIGH, 3, Priority.URGENT, 4), "API", true, true,
                "Chat customer", "", Duration.ofSeconds(10), readTimeout, 100);
    }

    static TicketRequest request(String requestId) {
        return new TicketRequest(requestId, "Chat handoff: damaged item (negative_sentiment)",
                "Why: customer angry about a broken parcel\nCustomer: C-1003 (verified)", "shipping", Priority.HIGH,
                "C-1003", "conv-1", java.util.List.of("parley", "negative_sentiment"),
                "Customer: My parcel arrived broken.\nAssistant: I am sorry.");
    }

    /** A configuration as the admin writes it, with the given values over the defaults. */
    static OsTicketAdapter.Config config(Map<String, Object> values) {
        return (OsTicketAdapter.Config) java.lang.reflect.Proxy.newProxyInstance(TestSettings.class.getClassLoader(),
                new Class<?>[] {OsTicketAdapter.Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return OsTicketAdapter.Config.class;
                    }
                    if (method.getDeclaringClass() == Object.class || method.getDeclaringClass() == Annotation.class) {
                        return method.getName().equals("toString") ? "Config" : null;
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
    }
}
