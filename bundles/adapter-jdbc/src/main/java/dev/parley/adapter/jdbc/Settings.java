package dev.parley.adapter.jdbc;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.parley.webhook.OutboundMessage;

/**
 * One legacy database's configuration, checked as a whole when the adapter starts: every problem
 * is reported at once, each naming its property, so the admin fixes the file in one go.
 */
final class Settings {

    /** How the inbox statement's {@code :after} watermark is typed and where it starts. */
    enum AfterType { NUMBER, TIMESTAMP, TEXT }

    final String name;
    final String url;
    final String user;
    final String password;
    final String driverClass;
    final int maxPoolSize;
    final long connectionTimeoutMillis;
    final int queryTimeoutSeconds;
    final int serviceRanking;
    final ZoneId timeZone;
    final String currency;
    final Map<Query, NamedSql> statements;
    final ColumnMapping customerColumns;
    final ColumnMapping orderColumns;
    final ColumnMapping orderLineColumns;
    final StatusMapping statuses;
    final ColumnMapping inboxColumns;
    final AfterType inboxAfterType;
    final int inboxPollSeconds;
    final int inboxBatchSize;

    private Settings(JdbcAdapter.Config config, List<String> problems) {
        name = config.name() == null || config.name().isBlank() ? "legacy-crm" : config.name().trim();
        if (InboxReplyDelivery.channel(name).length() > OutboundMessage.MAX_NAME_LENGTH) {
            // the name is part of the outbox channel of the inbox's replies
            problems.add("name: longer than " + (OutboundMessage.MAX_NAME_LENGTH - InboxReplyDelivery.channel("").length())
                    + " characters; choose a short name such as 'erp'");
        }
        url = config.url() == null ? "" : config.url().trim();
        if (url.isEmpty()) {
            problems.add("url: missing; set the JDBC URL of the legacy database, e.g. jdbc:postgresql://crm-host:5432/crm");
        }
        user = config.user() == null ? "" : config.user();
        password = config.password() == null ? "" : config.password();
        String configuredDriver = config.driverClass() == null ? "" : config.driverClass().trim();
        driverClass = configuredDriver.isEmpty() ? Drivers.driverClassOf(url) : configuredDriver;
        if (!url.isEmpty() && driverClass == null) {
            problems.add("driverClass: the URL's scheme names no known driver (jdbc:h2:, jdbc:postgresql:, jdbc:mariadb:, "
                    + "jdbc:mysql:); set driverClass to the class a driver bundle registers its DataSourceFactory for");
        }
        maxPoolSize = inRange(problems, "maxPoolSize", config.maxPoolSize(), 1, 100);
        connectionTimeoutMillis = inRange(problems, "connectionTimeoutMillis", config.connectionTimeoutMillis(), 250, 60_000);
        queryTimeoutSeconds = inRange(problems, "queryTimeoutSeconds", config.queryTimeoutSeconds(), 1, 300);
        serviceRanking = config.serviceRanking();
        timeZone = zone(problems, config.timeZone());
        currency = currency(problems, config.currency());
        statements = statements(problems, config);
        customerColumns = mapping(problems, "customerColumns", config.customerColumns(), ColumnMapping.CUSTOMER, Set.of("id"));
        orderColumns = mapping(problems, "orderColumns", config.orderColumns(), ColumnMapping.ORDER,
                Set.of("number", "status", "placedAt"));
        orderLineColumns = mapping(problems, "orderLineColumns", config.orderLineColumns(), ColumnMapping.ORDER_LINE,
                Set.of("sku", "quantity", "unitPrice"));
        StatusMapping parsedStatuses = null;
        try {
            parsedStatuses = StatusMapping.parse(config.statusMapping());
        } catch (IllegalArgumentException e) {
            problems.add("statusMapping: " + e.getMessage());
        }
        statuses = parsedStatuses;
        inboxColumns = mapping(problems, "inboxColumns", config.inboxColumns(), ColumnMapping.INBOX, Set.of("id", "text"));
        inboxAfterType = afterType(problems, config.inboxAfterType());
        inboxPollSeconds = inRange(problems, "inboxPollSeconds", config.inboxPollSeconds(), 1, 3600);
        inboxBatchSize = inRange(problems, "inboxBatchSize", config.inboxBatchSize(), 1, 1000);
        if (statements.containsKey(Query.INBOX) != statements.containsKey(Query.INBOX_REPLY)) {
            problems.add("inboxSql, inboxReplySql: the inbox needs both, the statement that finds new messages and "
                    + "the one that writes the reply; set both or neither");
        }
    }

    /**
     * Reads and checks a configuration.
     *
     * @throws IllegalArgumentException listing every problem, each with its property
     */
    static Settings of(JdbcAdapter.Config config) {
        List<String> problems = new ArrayList<>();
        Settings settings = new Settings(config, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return settings;
    }

    NamedSql statement(Query query) {
        return statements.get(query);
    }

    /**
     * Refuses a change whose statement the admin did not configure.
     *
     * @throws dev.parley.api.host.ChangeRejectedException naming the property that would enable it
     */
    void requireChange(Query query, String change) {
        if (statement(query) == null) {
            throw new dev.parley.api.host.ChangeRejectedException(change + " is not enabled for the legacy CRM '" + name
                    + "': its adapter has no " + query.property() + " configured");
        }
    }

    boolean inboxEnabled() {
        return statements.containsKey(Query.INBOX);
    }

    private static Map<Query, NamedSql> statements(List<String> problems, JdbcAdapter.Config config) {
        Map<Query, NamedSql> statements = new EnumMap<>(Query.class);
        for (Query query : Query.values()) {
            String sql = query.source(config);
            if (sql.isEmpty()) {
                if (query.required()) {
                    problems.add(query.property() + ": missing; the adapter needs this statement");
                }
                continue;
            }
            try {
                statements.put(query, query.parse(sql));
            } catch (IllegalArgumentException e) {
                problems.add(query.property() + ": " + e.getMessage());
            }
        }
        return statements;
    }

    private static ColumnMapping mapping(List<String> problems, String property, String value, List<String> fields,
            Set<String> required) {
        try {
            return ColumnMapping.parse(value, fields, required);
        } catch (IllegalArgumentException e) {
            problems.add(property + ": " + e.getMessage());
            return null;
        }
    }

    private static int inRange(List<String> problems, String property, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(property + ": " + value + " is outside " + min + ".." + max);
        }
        return (int) Math.max(min, Math.min(max, value));
    }

    private static ZoneId zone(List<String> problems, String value) {
        try {
            return ZoneId.of(value == null || value.isBlank() ? "UTC" : value.trim());
        } catch (DateTimeException e) {
            problems.add("timeZone: '" + value + "' is no time zone; use e.g. UTC or Europe/Berlin");
            return ZoneId.of("UTC");
        }
    }

    private static String currency(List<String> problems, String value) {
        String code = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problems.add("currency: '" + value + "' is no ISO 4217 code; use e.g. EUR");
            return "EUR";
        }
    }

    private static AfterType afterType(List<String> problems, String value) {
        try {
            return AfterType.valueOf((value == null || value.isBlank() ? "number" : value.trim()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("inboxAfterType: '" + value + "' is not number, timestamp or text");
            return AfterType.NUMBER;
        }
    }
}
