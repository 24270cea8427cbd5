package dev.parley.recommend;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a transactions file with the header
 * {@code InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country} (the
 * Online Retail layout; UnitPrice and Country are not used) into purchases, one row at a time.
 * Rows that are not purchases are skipped and counted by {@link SkipReason}; a broken record ends
 * the file there, counted as unparsable, since the parser cannot find the next row reliably.
 * InvoiceDate is read as UTC, as {@code YYYY-MM-DD HH:MM[:SS]} or {@code M/D/YYYY H:MM}.
 */
public final class TransactionsCsv {

    static final List<String> REQUIRED = List.of("InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "CustomerID");

    /** Codes in the Online Retail data that are charges or adjustments, not products. */
    private static final Set<String> NON_PRODUCTS = Set.of("POST", "DOT", "M", "C2", "D", "S", "B", "BANK CHARGES",
            "PADS", "CRUK", "AMAZONFEE");

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ROOT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu H:mm", Locale.ROOT);

    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private long rows;
    private long purchases;
    private long brokenAtLine = -1;

    /**
     * Reads every row and passes each purchase to {@code sink}.
     *
     * @throws InvalidTransactionsException if the header lacks a required column
     * @throws UncheckedIOException if the reader fails
     */
    public void read(Reader reader, Consumer<Purchase> sink) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> missing = REQUIRED.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidTransactionsException("the header lacks the column(s) " + String.join(", ", missing)
                        + "; expected InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country");
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException broken) {
                    // Commons CSV wraps a malformed record (e.g. an unclosed quote) this way.
                    rows++;
                    brokenAtLine = parser.getCurrentLineNumber();
                    count(SkipReason.UNPARSABLE);
                    break;
                }
                rows++;
                accept(record, sink);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void accept(CSVRecord record, Consumer<Purchase> sink) {
        String invoice = value(record, "InvoiceNo");
        String stockCode = value(record, "StockCode");
        String quantity = value(record, "Quantity");
        String date = value(record, "InvoiceDate");
        String customer = value(record, "CustomerID");
        if (invoice.isEmpty() || stockCode.isEmpty() || quantity.isEmpty() || date.isEmpty()) {
            count(SkipReason.UNPARSABLE);
        } else if (invoice.startsWith("C") || invoice.startsWith("c")) {
            count(SkipReason.CANCELLED);
        } else if (customer.isEmpty()) {
            count(SkipReason.MISSING_CUSTOMER);
        } else if (isNonProduct(stockCode)) {
            count(SkipReason.NON_PRODUCT);
        } else {
            long units;
            LocalDateTime time;
            try {
                units = Long.parseLong(quantity);
                time = parseDate(date);
            } catch (NumberFormatException | DateTimeParseException unparsable) {
                count(SkipReason.UNPARSABLE);
                return;
            }
            if (units <= 0) {
                count(SkipReason.NON_POSITIVE_QUANTITY);
                return;
            }
            purchases++;
            sink.accept(new Purchase(customer, invoice, stockCode, emptyToNull(value(record, "Description")),
                    time.toInstant(ZoneOffset.UTC)));
        }
    }

    private static LocalDateTime parseDate(String date) {
        return date.indexOf('/') >= 0 ? LocalDateTime.parse(date, US) : LocalDateTime.parse(date, ISO);
    }

    /** Non-products are the known charge codes and any code without a digit (product codes all have one). */
    static boolean isNonProduct(String stockCode) {
        return NON_PRODUCTS.contains(stockCode.toUpperCase(Locale.ROOT)) || stockCode.chars().noneMatch(Character::isDigit);
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private void count(SkipReason reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Rows read, header excluded. */
    public long rows() {
        return rows;
    }

    public long purchases() {
        return purchases;
    }

    public long skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    /** The line at which a broken record ended reading, or -1 if the whole file was read. */
    public long brokenAtLine() {
        return brokenAtLine;
    }
}
