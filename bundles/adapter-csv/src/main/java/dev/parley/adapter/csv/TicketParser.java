package dev.parley.adapter.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks one record of an export and turns it into a {@link Ticket}, or says why it cannot be
 * imported: a wrong number of values, an oversized field, no ticket id, no text, or a date or
 * number that does not read. Reasons name the column as the file's header does, never a value
 * (values are customer data).
 */
final class TicketParser {

    private final List<String> header;
    private final ColumnMapping mapping;
    private final DateParser dates;
    private final int maxFieldLength;

    TicketParser(List<String> header, ColumnMapping mapping, DateParser dates, int maxFieldLength) {
        this.header = List.copyOf(header);
        this.mapping = mapping;
        this.dates = dates;
        this.maxFieldLength = maxFieldLength;
    }

    Ticket parse(String[] values, long line) throws RejectedRowException {
        if (values.length != header.size()) {
            throw new RejectedRowException("has " + values.length + " values but the header has " + header.size()
                    + " columns (a missing or extra delimiter, or an unquoted line break?)");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].length() > maxFieldLength) {
                throw new RejectedRowException("column '" + header.get(i) + "' has " + values[i].length()
                        + " characters, more than maxFieldLength " + maxFieldLength);
            }
        }
        String id = text(values, Column.TICKET_ID);
        if (id.isEmpty()) {
            throw new RejectedRowException("no ticket id in column '" + name(Column.TICKET_ID) + "'");
        }
        if (id.length() > 64) {
            throw new RejectedRowException("the ticket id in column '" + name(Column.TICKET_ID) + "' is longer than "
                    + "64 characters");
        }
        String subject = text(values, Column.SUBJECT);
        String description = text(values, Column.DESCRIPTION);
        if (subject.isEmpty() && description.isEmpty()) {
            throw new RejectedRowException("no ticket text: subject and description are empty");
        }
        return new Ticket(line, id, subject, description, CustomerKey.of(text(values, Column.CUSTOMER_EMAIL)),
                stored(values, Column.PRODUCT, 255), stored(values, Column.TYPE, 100), date(values, Column.CREATED),
                date(values, Column.PURCHASED), stored(values, Column.STATUS, 64), stored(values, Column.PRIORITY, 32),
                stored(values, Column.CHANNEL, 64), date(values, Column.FIRST_RESPONSE), date(values, Column.RESOLVED),
                number(values, Column.SATISFACTION));
    }

    private String text(String[] values, Column column) {
        int position = mapping.position(column);
        return position < 0 ? "" : values[position].strip();
    }

    /** A value kept in the analytics table, whose column holds at most {@code max} characters. */
    private String stored(String[] values, Column column, int max) throws RejectedRowException {
        String value = text(values, column);
        if (value.length() > max) {
            throw new RejectedRowException("column '" + name(column) + "' is longer than " + max + " characters");
        }
        return value;
    }

    private Instant date(String[] values, Column column) throws RejectedRowException {
        try {
            return dates.parse(text(values, column));
        } catch (DateTimeParseException e) {
            throw new RejectedRowException("column '" + name(column) + "' is not a date in one of the dateFormats");
        }
    }

    private BigDecimal number(String[] values, Column column) throws RejectedRowException {
        String value = text(values, column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 || number.stripTrailingZeros().scale() > 2) {
                throw new RejectedRowException("column '" + name(column) + "' is not a rating between -999.99 and 999.99 "
                        + "with at most two decimals");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new RejectedRowException("column '" + name(column) + "' is not a number");
        }
    }

    private String name(Column column) {
        int position = mapping.position(column);
        return position < 0 ? column.description() : header.get(position);
    }
}
