package dev.parley.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Counts the rows of a CSV file per local hour or day of one timestamp column, or the distinct
 * values of another column per period (e.g. invoices, of which a file has one row per line item).
 * Timestamps are {@code YYYY-MM-DD HH:MM[:SS]} or {@code M/D/YYYY H:MM}, taken as local times of
 * the zone, or ISO timestamps with an offset, converted to it. Rows without a parsable timestamp
 * are counted and skipped.
 */
final class TimestampsCsv {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ROOT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu H:mm", Locale.ROOT);

    private final String timeColumn;
    private final String distinctColumn;
    private final ChronoUnit unit;
    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;

    private final Map<LocalDateTime, Set<String>> distinct = new HashMap<>();
    private final Map<LocalDateTime, Long> counts = new HashMap<>();
    private LocalDateTime last;
    private long rows;
    private long used;
    private long unparsable;

    /**
     * @param distinctColumn the column whose distinct values are counted, or {@code null} to count rows
     * @param from the first day counted, or {@code null}
     * @param to the last day counted, or {@code null}
     */
    TimestampsCsv(String timeColumn, String distinctColumn, ChronoUnit unit, ZoneId zone, LocalDate from, LocalDate to) {
        this.timeColumn = timeColumn;
        this.distinctColumn = distinctColumn;
        this.unit = unit;
        this.zone = zone;
        this.from = from;
        this.to = to;
    }

    /** Reads the file; a header without the named columns is a {@link UsageException}. */
    void read(Reader reader) throws UsageException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            requireColumn(parser, timeColumn, "--column");
            if (distinctColumn != null) {
                requireColumn(parser, distinctColumn, "--distinct");
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                accept(record);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void requireColumn(CSVParser parser, String column, String option) throws UsageException {
        if (!parser.getHeaderMap().containsKey(column)) {
            throw new UsageException("the header has no column '" + column + "' (" + option + "); it has "
                    + String.join(",", parser.getHeaderNames()));
        }
    }

    private void accept(CSVRecord record) {
        LocalDateTime time;
        try {
            time = parse(record.isSet(timeColumn) ? record.get(timeColumn) : "");
        } catch (DateTimeParseException e) {
            unparsable++;
            return;
        }
        LocalDate day = time.toLocalDate();
        if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
            return;
        }
        used++;
        LocalDateTime period = time.truncatedTo(unit);
        if (last == null || period.isAfter(last)) {
            last = period;
        }
        if (distinctColumn == null) {
            counts.merge(period, 1L, Long::sum);
        } else {
            String value = record.isSet(distinctColumn) ? record.get(distinctColumn) : "";
            distinct.computeIfAbsent(period, key -> new HashSet<>()).add(value);
        }
    }

    private LocalDateTime parse(String value) {
        if (value.indexOf('/') >= 0) {
            return LocalDateTime.parse(value, US);
        }
        if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(value.replace(' ', 'T')).atZoneSameInstant(zone).toLocalDateTime();
        }
        return LocalDateTime.parse(value, ISO);
    }

    /** The count per local period start. */
    Map<LocalDateTime, Long> counts() {
        if (distinctColumn == null) {
            return counts;
        }
        Map<LocalDateTime, Long> sizes = new HashMap<>();
        distinct.forEach((period, values) -> sizes.put(period, (long) values.size()));
        return sizes;
    }

    /** The end of the series: the day after {@code to}, else the period after the last timestamp; {@code null} without any. */
    LocalDateTime end() {
        if (to != null) {
            return to.plusDays(1).atStartOfDay();
        }
        return last == null ? null : last.plus(1, unit);
    }

    long rows() {
        return rows;
    }

    long used() {
        return used;
    }

    long unparsable() {
        return unparsable;
    }
}
