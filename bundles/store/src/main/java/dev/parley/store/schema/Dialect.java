package dev.parley.store.schema;

import java.util.Locale;

/** The databases the store runs on; the JDBC URL's scheme selects one. */
public enum Dialect {
    /** H2 2.x, embedded: the default. */
    H2("jdbc:h2:", "org.h2.Driver"),
    /** PostgreSQL 12 or newer: several containers on one database. */
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver");

    private final String urlPrefix;
    private final String driverClass;

    Dialect(String urlPrefix, String driverClass) {
        this.urlPrefix = urlPrefix;
        this.driverClass = driverClass;
    }

    /**
     * The name of the folder of a module's scripts for this dialect.
     *
     * @return e.g. {@code "postgresql"}
     */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The driver class that the driver bundle's {@code DataSourceFactory} service names in its
     * {@code osgi.jdbc.driver.class} property.
     *
     * @return e.g. {@code "org.postgresql.Driver"}
     */
    public String driverClass() {
        return driverClass;
    }

    /**
     * The dialect of a JDBC URL.
     *
     * @param url a JDBC URL; not {@code null}
     * @return the dialect
     * @throws IllegalArgumentException if the URL is of no supported database
     */
    public static Dialect of(String url) {
        for (Dialect dialect : values()) {
            if (url.regionMatches(true, 0, dialect.urlPrefix, 0, dialect.urlPrefix.length())) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unsupported database URL scheme in '" + schemeOf(url)
                + "': use jdbc:h2: or jdbc:postgresql:");
    }

    private static String schemeOf(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? url : url.substring(0, second + 1);
    }
}
