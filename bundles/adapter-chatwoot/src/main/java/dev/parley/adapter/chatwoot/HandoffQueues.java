package dev.parley.adapter.chatwoot;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handoff router's queues, read from its configuration ({@value #HANDOFF_PID}, property
 * {@code queues}) so that a team mapping naming a queue the router never answers with is refused at
 * start rather than silently never used.
 */
final class HandoffQueues {

    static final String HANDOFF_PID = "dev.parley.handoff";
    private static final Logger LOG = LoggerFactory.getLogger(HandoffQueues.class);

    private HandoffQueues() {
    }

    /** The queues in lower case, or empty when the router's configuration cannot be read. */
    static Set<String> of(ConfigurationAdmin configurationAdmin) {
        try {
            Configuration[] found = configurationAdmin.listConfigurations("(service.pid=" + HANDOFF_PID + ")");
            if (found == null || found.length == 0 || found[0].getProperties() == null) {
                LOG.info("No configuration {}: the queues of teamMapping are not checked", HANDOFF_PID);
                return Set.of();
            }
            return parse(found[0].getProperties().get("queues"));
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("The configuration {} cannot be read ({}): the queues of teamMapping are not checked",
                    HANDOFF_PID, e.getMessage());
            return Set.of();
        }
    }

    /** Queues as the router reads them: a comma-separated string or an array of them. */
    static Set<String> parse(Object value) {
        Set<String> queues = new LinkedHashSet<>();
        Object[] entries = value instanceof Object[] array ? array : value == null ? new Object[0] : new Object[] {value};
        for (Object entry : entries) {
            for (String queue : String.valueOf(entry).split(",")) {
                if (!queue.isBlank()) {
                    queues.add(queue.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return queues;
    }
}
