package dev.parley.adapter.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each {@link Column} is in one file: header names are matched ignoring case and the
 * spaces around them, so {@code "ticket id "} finds {@code Ticket ID}.
 */
final class ColumnMapping {

    private final Map<Column, Integer> positions;
    private final List<Column> unmapped;

    private ColumnMapping(Map<Column, Integer> positions, List<Column> unmapped) {
        this.positions = positions;
        this.unmapped = unmapped;
    }

    /**
     * Finds the configured columns in a file's header.
     *
     * @param header the file's header names, in order
     * @param names the header name configured for each column; a blank name leaves the column out
     * @throws UnreadableFileException if the ticket id column, or both the subject and the
     *     description columns, are missing: then no row can be imported
     */
    static ColumnMapping of(List<String> header, Map<Column, String> names) throws UnreadableFileException {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(key(header.get(i)), i);
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<Column> unmapped = new ArrayList<>();
        for (Column column : Column.values()) {
            String name = names.getOrDefault(column, "");
            Integer position = name.isBlank() ? null : byName.get(key(name));
            if (position == null) {
                unmapped.add(column);
            } else {
                positions.put(column, position);
            }
        }
        if (!positions.containsKey(Column.TICKET_ID)) {
            throw new UnreadableFileException("the header has no ticket id column '" + names.get(Column.TICKET_ID)
                    + "'; set ticketIdColumn in etc/" + CsvTicketImport.PID + ".cfg to the name the export uses");
        }
        if (!positions.containsKey(Column.SUBJECT) && !positions.containsKey(Column.DESCRIPTION)) {
            throw new UnreadableFileException("the header has neither the subject column '" + names.get(Column.SUBJECT)
                    + "' nor the description column '" + names.get(Column.DESCRIPTION) + "'; set subjectColumn or "
                    + "descriptionColumn in etc/" + CsvTicketImport.PID + ".cfg to the names the export uses");
        }
        return new ColumnMapping(positions, List.copyOf(unmapped));
    }

    /** The column's position in a record, or -1 if the file does not have it. */
    int position(Column column) {
        return positions.getOrDefault(column, -1);
    }

    /** The columns the file does not have, for the log. */
    List<Column> unmapped() {
        return unmapped;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
