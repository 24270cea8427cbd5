package dev.parley.ops.logging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what bundles log through the OSGi Log Service (SCR, ConfigAdmin, FileInstall, EventAdmin
 * ...) to Parley's log, so that an admin reads one log. The framework's bundle and service events,
 * which the log service also records, go to DEBUG unless they report an error.
 */
@Component(immediate = true)
public final class OsgiLogForwarder implements LogListener {

    private static final String EVENTS_PREFIX = "Events.";

    private final LogReaderService reader;

    @Activate
    public OsgiLogForwarder(@Reference LogReaderService reader) {
        this.reader = reader;
        forwardBacklog();
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        Logger logger = LoggerFactory.getLogger(loggerName(entry));
        String message = entry.getMessage();
        Throwable exception = entry.getException();
        boolean event = entry.getLoggerName() != null && entry.getLoggerName().startsWith(EVENTS_PREFIX);
        switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> logger.error(message, exception);
            case WARN -> logger.warn(message, exception);
            case INFO -> {
                if (event) {
                    logger.debug(message, exception);
                } else {
                    logger.info(message, exception);
                }
            }
            case DEBUG -> logger.debug(message, exception);
            default -> logger.trace(message, exception);
        }
    }

    /** Entries logged before this bundle started, oldest first. */
    private void forwardBacklog() {
        List<LogEntry> backlog = new ArrayList<>();
        backlog.addAll(Collections.list(reader.getLog()));
        Collections.reverse(backlog);
        backlog.forEach(this::logged);
    }

    private static String loggerName(LogEntry entry) {
        String name = entry.getLoggerName();
        Bundle bundle = entry.getBundle();
        if ((name == null || name.equals("LogService") || name.startsWith(EVENTS_PREFIX)) && bundle != null
                && bundle.getSymbolicName() != null) {
            return bundle.getSymbolicName();
        }
        return name == null ? "osgi" : name;
    }
}
