package dev.parley.adapter.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A configured SQL statement with named parameters ({@code :email}), translated once into the
 * {@code ?} form of a {@link PreparedStatement}. Values are only ever bound, never written into
 * the SQL text, so a customer's message cannot change a statement.
 *
 * <p>Quoted text ({@code '...'}, {@code "..."}, {@code `...`}), comments and PostgreSQL's
 * {@code ::type} casts are left alone; a {@code ?} of the admin's own is refused, because it would
 * shift every parameter after it.
 *
 * @param jdbc the statement with {@code ?} placeholders
 * @param parameters the parameter name of each placeholder, in order; a name may repeat
 */
record NamedSql(String jdbc, List<String> parameters) {

    NamedSql {
        parameters = List.copyOf(parameters);
    }

    /**
     * Translates a statement.
     *
     * @param sql the configured statement; not blank
     * @return the translated statement
     * @throws IllegalArgumentException if a quote or comment is not closed, or the statement holds a {@code ?}
     */
    static NamedSql parse(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(sql, i, c);
                jdbc.append(sql, i, end);
                i = end;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                jdbc.append(sql, i, end);
                i = end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("a /* comment is not closed");
                }
                jdbc.append(sql, i, end + 2);
                i = end + 2;
            } else if (c == ':' && sql.startsWith("::", i)) {
                jdbc.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && isNameStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && isNamePart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                jdbc.append('?');
                i = end;
            } else if (c == '?') {
                throw new IllegalArgumentException("'?' at position " + (i + 1) + ": use named parameters such as :customerId");
            } else {
                jdbc.append(c);
                i++;
            }
        }
        return new NamedSql(jdbc.toString(), names);
    }

    /** The distinct parameter names. */
    Set<String> names() {
        return new LinkedHashSet<>(parameters);
    }

    /**
     * Binds each placeholder to the value of its name.
     *
     * @throws IllegalArgumentException if a name has no value (the statement was validated, so a bug)
     */
    void bind(PreparedStatement statement, Map<String, ?> values) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            Object value = values.get(name);
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** The index just after the quote that closes the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("the quote " + quote + " at position " + (start + 1) + " is not closed");
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
