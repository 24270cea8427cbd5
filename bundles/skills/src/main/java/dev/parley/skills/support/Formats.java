package dev.parley.skills.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

import dev.parley.api.host.Address;

/** How dates, amounts and addresses read in replies. */
public final class Formats {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DAY_MONTH = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private Formats() {
    }

    /** "3 November": when an order was placed. Order times are compared in UTC, as hosts store them. */
    public static String day(Instant instant) {
        return DAY_MONTH.format(instant.atZone(ZoneOffset.UTC));
    }

    /** "Thursday 5 November": an expected day. */
    public static String weekday(LocalDate date) {
        return WEEKDAY_DAY_MONTH.format(date);
    }

    /** "59.90 EUR". */
    public static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + currency;
    }

    /** "12 Baker Street, NW1 6XE London, GB": one line, for a confirmation question. */
    public static String address(Address address) {
        StringJoiner parts = new StringJoiner(", ");
        parts.add(address.line1());
        if (address.line2() != null && !address.line2().isBlank()) {
            parts.add(address.line2());
        }
        String postal = address.postalCode() == null ? "" : address.postalCode() + " ";
        parts.add(postal + address.city());
        if (address.region() != null && !address.region().isBlank()) {
            parts.add(address.region());
        }
        parts.add(address.countryCode());
        return parts.toString();
    }
}
