package dev.parley.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the Felix framework's own messages (resolver, start-level, bundle errors) to the log. */
final class FrameworkLogger extends org.apache.felix.framework.Logger {

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.felix.framework");

    @Override
    @SuppressWarnings("rawtypes") // Felix declares the raw type
    protected void doLog(Bundle bundle, ServiceReference reference, int level, String message,
            Throwable throwable) {
        String text = bundle == null ? message : bundle.getSymbolicName() + " [" + bundle.getBundleId() + "]: " + message;
        switch (level) {
            case LOG_ERROR -> LOG.error(text, throwable);
            case LOG_WARNING -> LOG.warn(text, throwable);
            case LOG_INFO -> LOG.info(text, throwable);
            default -> LOG.debug(text, throwable);
        }
    }
}
