package dev.parley.tools;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.parley.risk.CustomerActivity;

/**
 * The orders of a transactions file per customer: one purchase per invoice, its amount the sum of
 * quantity × unit price of its lines. Cancellations (invoice numbers starting with C), lines
 * without a customer and returns (quantity below 1) are left out.
 */
final class RetailPurchases {

    static final List<String> REQUIRED = List.of("InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm", Locale.ROOT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu H:mm", Locale.ROOT);

    final Map<String, CustomerActivity> customers;
    final Instant first;
    final Instant last;
    final long lines;

    private RetailPurchases(Map<String, CustomerActivity> customers, Instant first, Instant last, long lines) {
        this.customers = customers;
        this.first = first;
        this.last = last;
        this.lines = lines;
    }

    static RetailPurchases read(Path file) throws IOException, UsageException {
        record Invoice(String customer, Instant at, double[] amount) {
        }
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        long lines = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new UsageException(file + " has no column " + String.join(", ", missing)
                        + "; the header must name " + String.join(",", REQUIRED));
            }
            for (CSVRecord record : parser) {
                lines++;
                String invoice = record.get("InvoiceNo").strip();
                String customer = record.get("CustomerID").strip();
                if (invoice.isEmpty() || invoice.startsWith("C") || customer.isEmpty()) {
                    continue;
                }
                double quantity;
                double price;
                Instant at;
                try {
                    quantity = new BigDecimal(record.get("Quantity").strip()).doubleValue();
                    price = new BigDecimal(record.get("UnitPrice").strip()).doubleValue();
                    at = date(record.get("InvoiceDate").strip());
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new UsageException(file + " line " + parser.getCurrentLineNumber() + ": " + e.getMessage());
                }
                if (quantity < 1) {
                    continue;
                }
                invoices.computeIfAbsent(invoice, key -> new Invoice(customer, at, new double[1])).amount()[0] +=
                        quantity * Math.max(0, price);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(file + ": not a readable CSV file: " + e.getMessage());
        }
        Map<String, List<CustomerActivity.Purchase>> purchases = new HashMap<>();
        Instant first = null;
        Instant last = null;
        for (Invoice invoice : invoices.values()) {
            purchases.computeIfAbsent(invoice.customer(), key -> new ArrayList<>())
                    .add(new CustomerActivity.Purchase(invoice.at(), invoice.amount()[0]));
            first = first == null || invoice.at().isBefore(first) ? invoice.at() : first;
            last = last == null || invoice.at().isAfter(last) ? invoice.at() : last;
        }
        if (first == null) {
            throw new UsageException(file + " holds no purchase with a customer");
        }
        Map<String, CustomerActivity> customers = new HashMap<>();
        purchases.forEach((id, list) -> customers.put(id, new CustomerActivity(id, list, List.of())));
        return new RetailPurchases(customers, first, last, lines);
    }

    private static Instant date(String text) {
        DateTimeFormatter format = text.indexOf('/') > 0 ? US : ISO;
        String value = text.length() == 10 && format == ISO ? text + " 0:00" : text;
        return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
    }
}
