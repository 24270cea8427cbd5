package dev.parley.helpdesk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The queues of the handoff router, read from its configuration (PID {@value #PID}), so that group
 * mappings can be checked against them.
 */
public final class HandoffQueues {

    /** The handoff router's configuration PID. */
    public static final String PID = "dev.parley.handoff";

    /** The router's queues when it has no configuration: see bundles/handoff/README.md. */
    static final List<String> DEFAULTS = List.of("general", "billing", "shipping", "technical", "accounts", "sales");

    private HandoffQueues() {
    }

    /**
     * The configured queues; the router's defaults when it has no configuration.
     *
     * @param configurationAdmin where the configuration lives
     * @return the queue names as configured
     * @throws IOException if the configurations cannot be read
     */
    public static List<String> read(ConfigurationAdmin configurationAdmin) throws IOException {
        Configuration[] found;
        try {
            // Listing, unlike getConfiguration, never creates an empty configuration for the PID.
            found = configurationAdmin.listConfigurations("(service.pid=" + PID + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("constant filter", e);
        }
        if (found == null || found.length == 0 || found[0].getProperties() == null) {
            return DEFAULTS;
        }
        return parse(found[0].getProperties().get("queues"));
    }

    /** Queues from a property value: an array (typed configuration) or comma-separated text (.cfg). */
    static List<String> parse(Object value) {
        List<String> queues = new ArrayList<>();
        if (value instanceof String[] array) {
            for (String entry : array) {
                splitInto(entry, queues);
            }
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(entry -> splitInto(String.valueOf(entry), queues));
        } else if (value != null) {
            splitInto(value.toString(), queues);
        }
        return queues.isEmpty() ? DEFAULTS : List.copyOf(queues);
    }

    private static void splitInto(String entry, List<String> queues) {
        for (String part : entry.split(",")) {
            if (!part.isBlank()) {
                queues.add(part.strip());
            }
        }
    }
}
