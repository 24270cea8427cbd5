package dev.parley.adapter.jdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a legacy result holds which of Parley's fields, e.g.
 * {@code id=KDNR, name=NAME1, email=EMAIL_ADR}. An empty mapping reads each field from a column of
 * its own name, so a statement may also rename with {@code AS}. Column names are matched
 * case-insensitively, as databases fold unquoted names differently.
 */
final class ColumnMapping {

    static final List<String> ADDRESS = List.of("line1", "line2", "postalCode", "city", "region", "countryCode");
    static final List<String> CUSTOMER = concat(List.of("id", "name", "email", "phone", "tier", "since"), ADDRESS);
    static final List<String> ORDER = concat(List.of("number", "customerId", "status", "placedAt", "total", "currency",
            "trackingNumber", "carrier", "estimatedDelivery"), ADDRESS);
    static final List<String> ORDER_LINE = List.of("sku", "title", "quantity", "unitPrice");
    static final List<String> INBOX = List.of("id", "customer", "text", "created", "conversation");

    private final Map<String, String> columns;
    private final boolean explicit;

    private ColumnMapping(Map<String, String> columns, boolean explicit) {
        this.columns = columns;
        this.explicit = explicit;
    }

    /**
     * Reads a mapping.
     *
     * @param value {@code field=COLUMN} pairs separated by commas, or blank for columns named as the fields
     * @param fields the fields there are
     * @param required the fields that must be mapped when the mapping is explicit
     * @throws IllegalArgumentException naming the pair that is wrong and the fields there are
     */
    static ColumnMapping parse(String value, List<String> fields, Set<String> required) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            fields.forEach(field -> columns.put(field, field.toUpperCase(Locale.ROOT)));
            return new ColumnMapping(columns, false);
        }
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String field = equals < 0 ? pair.trim() : pair.substring(0, equals).trim();
            String column = equals < 0 ? "" : pair.substring(equals + 1).trim();
            if (!fields.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "'; the fields are " + String.join(", ", fields));
            }
            if (column.isEmpty()) {
                throw new IllegalArgumentException("field '" + field + "' has no column: write " + field + "=COLUMN");
            }
            if (columns.put(field, column.toUpperCase(Locale.ROOT)) != null) {
                throw new IllegalArgumentException("field '" + field + "' is mapped twice");
            }
        }
        for (String field : required) {
            if (!columns.containsKey(field)) {
                throw new IllegalArgumentException("field '" + field + "' must be mapped to a column");
            }
        }
        return new ColumnMapping(columns, true);
    }

    /** The column of a field, upper-case, or {@code null} when an explicit mapping leaves it out. */
    String column(String field) {
        return columns.get(field);
    }

    /** Whether the admin named the columns (then each must be in the result) or they default to the field names. */
    boolean explicit() {
        return explicit;
    }

    Map<String, String> columns() {
        return columns;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
