package dev.parley.adapter.jdbc;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statements an admin configures: the property that holds each, whether it must be there,
 * and the named parameters it may and must use.
 */
enum Query {
    CUSTOMER_BY_ID("customerByIdSql", true, Set.of("customerId"), Set.of("customerId"), JdbcAdapter.Config::customerByIdSql),
    CUSTOMER_BY_EMAIL("customerByEmailSql", false, Set.of("email"), Set.of("email"), JdbcAdapter.Config::customerByEmailSql),
    CUSTOMER_BY_PHONE("customerByPhoneSql", false, Set.of("phone", "phoneDigits"), Set.of(),
            JdbcAdapter.Config::customerByPhoneSql),
    ORDERS_OF_CUSTOMER("ordersOfCustomerSql", false, Set.of("customerId", "limit"), Set.of("customerId"),
            JdbcAdapter.Config::ordersOfCustomerSql),
    ORDER_BY_NUMBER("orderByNumberSql", true, Set.of("orderId"), Set.of("orderId"), JdbcAdapter.Config::orderByNumberSql),
    ORDER_LINES("orderLinesSql", false, Set.of("orderId"), Set.of("orderId"), JdbcAdapter.Config::orderLinesSql),
    UPDATE_EMAIL("updateEmailSql", false, Set.of("customerId", "email"), Set.of("customerId", "email"),
            JdbcAdapter.Config::updateEmailSql),
    UPDATE_PHONE("updatePhoneSql", false, Set.of("customerId", "phone", "phoneDigits"), Set.of("customerId"),
            JdbcAdapter.Config::updatePhoneSql),
    UPDATE_ADDRESS("updateAddressSql", false, addressAnd("customerId"), Set.of("customerId"),
            JdbcAdapter.Config::updateAddressSql),
    CANCEL_ORDER("cancelOrderSql", false, Set.of("orderId", "reason"), Set.of("orderId"), JdbcAdapter.Config::cancelOrderSql),
    CHANGE_SHIPPING_ADDRESS("changeShippingAddressSql", false, addressAnd("orderId"), Set.of("orderId"),
            JdbcAdapter.Config::changeShippingAddressSql),
    INBOX("inboxSql", false, Set.of("after", "limit"), Set.of(), JdbcAdapter.Config::inboxSql),
    INBOX_REPLY("inboxReplySql", false, Set.of("messageId", "reply", "customerId", "conversationId", "repliedAt"),
            Set.of("messageId", "reply"), JdbcAdapter.Config::inboxReplySql);

    private final String property;
    private final boolean required;
    private final Set<String> allowed;
    private final Set<String> mandatory;
    private final Function<JdbcAdapter.Config, String> source;

    Query(String property, boolean required, Set<String> allowed, Set<String> mandatory,
            Function<JdbcAdapter.Config, String> source) {
        this.property = property;
        this.required = required;
        this.allowed = allowed;
        this.mandatory = mandatory;
        this.source = source;
    }

    String property() {
        return property;
    }

    boolean required() {
        return required;
    }

    /** Whether the statement reads rows (and so has result columns to check). */
    boolean selects() {
        return this != UPDATE_EMAIL && this != UPDATE_PHONE && this != UPDATE_ADDRESS && this != CANCEL_ORDER
                && this != CHANGE_SHIPPING_ADDRESS && this != INBOX_REPLY;
    }

    String source(JdbcAdapter.Config config) {
        String sql = source.apply(config);
        return sql == null ? "" : sql.trim();
    }

    /**
     * Translates the statement and checks its parameters.
     *
     * @throws IllegalArgumentException saying which parameter is unknown or missing
     */
    NamedSql parse(String sql) {
        NamedSql parsed = NamedSql.parse(sql);
        Set<String> names = parsed.names();
        for (String name : names) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown parameter :" + name + "; this statement may use "
                        + allowed.stream().sorted().map(n -> ":" + n).collect(Collectors.joining(", ")));
            }
        }
        for (String name : mandatory) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("the statement must use :" + name);
            }
        }
        if (this == CUSTOMER_BY_PHONE || this == UPDATE_PHONE) {
            if (!names.contains("phone") && !names.contains("phoneDigits")) {
                throw new IllegalArgumentException("the statement must use :phone or :phoneDigits");
            }
        }
        return parsed;
    }

    private static Set<String> addressAnd(String key) {
        return Set.copyOf(java.util.stream.Stream.concat(ColumnMapping.ADDRESS.stream(), List.of(key).stream()).toList());
    }
}
