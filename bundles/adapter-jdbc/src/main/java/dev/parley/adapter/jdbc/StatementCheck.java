package dev.parley.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the configured statements against the legacy schema without running them: each is
 * prepared and described by the database (which parses it and resolves its tables and columns),
 * and the columns of a query are compared with its mapping. Nothing is read or changed, so it
 * works with a read-only account.
 */
final class StatementCheck {

    private StatementCheck() {
    }

    /**
     * What the check found, each naming its property.
     *
     * @param invalid statements that cannot run here or lack mapped columns: the adapter cannot serve them
     * @param denied statements the account may not run (databases that check rights when preparing, like
     *     MariaDB): the changes they make are refused, lookups are not affected
     */
    record Findings(List<String> invalid, List<String> denied) {
    }

    static Findings check(Connection connection, Settings settings) {
        List<String> problems = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        settings.statements.forEach((query, sql) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.jdbc())) {
                statement.setQueryTimeout(settings.queryTimeoutSeconds);
                ResultSetMetaData meta = statement.getMetaData();
                if (meta != null && query.selects()) {
                    List<String> missing = Row.missing(Row.labels(meta), mapping(settings, query), required(query));
                    if (!missing.isEmpty()) {
                        problems.add(query.property() + " returns no column " + String.join(", ", missing));
                    }
                }
            } catch (SQLException e) {
                if (LegacyDatabase.isDenied(e)) {
                    denied.add(query.property() + " may not run with this account (" + LegacyDatabase.reason(e) + ")");
                } else {
                    problems.add(query.property() + " is not valid here: " + LegacyDatabase.reason(e));
                }
            }
        });
        return new Findings(problems, denied);
    }

    static ColumnMapping mapping(Settings settings, Query query) {
        return switch (query) {
            case ORDER_BY_NUMBER, ORDERS_OF_CUSTOMER -> settings.orderColumns;
            case ORDER_LINES -> settings.orderLineColumns;
            case INBOX -> settings.inboxColumns;
            default -> settings.customerColumns;
        };
    }

    static Set<String> required(Query query) {
        return switch (query) {
            case ORDER_BY_NUMBER, ORDERS_OF_CUSTOMER -> LegacyRows.ORDER_REQUIRED;
            case ORDER_LINES -> LegacyRows.LINE_REQUIRED;
            case INBOX -> Inbox.REQUIRED;
            default -> LegacyRows.CUSTOMER_REQUIRED;
        };
    }
}
