package dev.parley.adapter.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Reads Parley's fields from a legacy result through a {@link ColumnMapping}: text trimmed (legacy
 * {@code CHAR} columns pad it) with blank as {@code null}, timestamps without a zone taken in the
 * configured time zone.
 */
final class Row {

    private final ResultSet result;
    private final Map<String, Integer> indexes;
    private final Calendar zone;

    private Row(ResultSet result, Map<String, Integer> indexes, Calendar zone) {
        this.result = result;
        this.indexes = indexes;
        this.zone = zone;
    }

    /**
     * A reader of the current row of {@code result}.
     *
     * @throws IllegalStateException naming the columns the result lacks
     */
    static Row over(ResultSet result, ColumnMapping mapping, Set<String> required, String property, Settings settings)
            throws SQLException {
        Map<String, Integer> labels = labels(result.getMetaData());
        List<String> missing = missing(labels, mapping, required);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(property + " returns no column " + String.join(", ", missing)
                    + "; select it or correct the mapping");
        }
        Map<String, Integer> indexes = new HashMap<>();
        mapping.columns().forEach((field, column) -> {
            Integer index = labels.get(column);
            if (index != null) {
                indexes.put(field, index);
            }
        });
        return new Row(result, indexes, Calendar.getInstance(TimeZone.getTimeZone(settings.timeZone)));
    }

    /** The result's column labels, upper-case, with their index. */
    static Map<String, Integer> labels(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.putIfAbsent(meta.getColumnLabel(i).toUpperCase(Locale.ROOT), i);
        }
        return labels;
    }

    /** The mapped columns a result lacks: every explicitly mapped one, else the required fields' ones. */
    static List<String> missing(Map<String, Integer> labels, ColumnMapping mapping, Set<String> required) {
        List<String> missing = new ArrayList<>();
        mapping.columns().forEach((field, column) -> {
            if (!labels.containsKey(column) && (mapping.explicit() || required.contains(field))) {
                missing.add(column + " (field " + field + ")");
            }
        });
        return missing;
    }

    boolean has(String field) {
        return indexes.containsKey(field);
    }

    String text(String field) throws SQLException {
        String value = read(field, result::getString);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The raw value, for identifiers that are bound back into a statement as they came. */
    Object value(String field) throws SQLException {
        return read(field, result::getObject);
    }

    Instant instant(String field) throws SQLException {
        Timestamp value = read(field, index -> result.getTimestamp(index, zone));
        return value == null ? null : value.toInstant();
    }

    LocalDate date(String field) throws SQLException {
        // a day has no zone: read it as the database holds it, not through a Calendar
        return read(field, index -> result.getObject(index, LocalDate.class));
    }

    BigDecimal decimal(String field) throws SQLException {
        return read(field, result::getBigDecimal);
    }

    Integer integer(String field) throws SQLException {
        return read(field, index -> {
            int value = result.getInt(index);
            return result.wasNull() ? null : value;
        });
    }

    /** Reads a column of the current row. */
    @FunctionalInterface
    private interface Column<T> {
        T read(int index) throws SQLException;
    }

    /** The field's value, or {@code null} when the result has no column for it. */
    private <T> T read(String field, Column<T> column) throws SQLException {
        Integer index = indexes.get(field);
        return index == null ? null : column.read(index);
    }
}
