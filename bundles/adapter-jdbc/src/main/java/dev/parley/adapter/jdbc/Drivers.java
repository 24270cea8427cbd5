package dev.parley.adapter.jdbc;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Finds the {@link DataSourceFactory} of a driver: the one a driver bundle registers (H2 and
 * PostgreSQL come with Parley), else, for MariaDB Connector/J 3.x, which is a bundle but registers
 * none, a factory of the adapter's own over its classes.
 */
final class Drivers {

    static final String MARIADB = "org.mariadb.jdbc.Driver";

    private static final Map<String, String> BY_SCHEME = Map.of(
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:postgresql:", "org.postgresql.Driver",
            "jdbc:mariadb:", MARIADB,
            "jdbc:mysql:", MARIADB);

    private Drivers() {
    }

    /** The driver class a URL's scheme stands for, or {@code null} if it is of no known database. */
    static String driverClassOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return BY_SCHEME.entrySet().stream().filter(e -> lower.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** A factory found. {@code reference} is {@code null} for the adapter's own MariaDB factory. */
    record Found(DataSourceFactory factory, ServiceReference<DataSourceFactory> reference) {
    }

    /**
     * The factory for a driver class, or {@code null} if no driver bundle provides it.
     */
    static Found find(BundleContext context, String driverClass) {
        try {
            Collection<ServiceReference<DataSourceFactory>> references = context.getServiceReferences(
                    DataSourceFactory.class, "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + driverClass + ")");
            for (ServiceReference<DataSourceFactory> reference : references) {
                DataSourceFactory factory = context.getService(reference);
                if (factory != null) {
                    return new Found(factory, reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("driverClass: '" + driverClass + "' is not a class name", e);
        }
        if (MARIADB.equals(driverClass)) {
            try {
                return new Found(new MariaDbDataSourceFactory(), null);
            } catch (NoClassDefFoundError notInstalled) {
                return null;
            }
        }
        return null;
    }
}
