package dev.parley.skills.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.parley.api.host.Address;

/**
 * An address being collected over several turns: any part may still be missing. It travels
 * between turns as one slot value ({@link #toSlot()} / {@link #fromSlot(String)}).
 *
 * @param line1 street and number, or {@code null}
 * @param postalCode the postal code, or {@code null}
 * @param city the city, or {@code null}
 * @param countryCode the ISO 3166-1 alpha-2 code, or {@code null}
 */
public record PartialAddress(String line1, String postalCode, String city, String countryCode) {

    private static final String SEPARATOR = "\n";

    public static final PartialAddress EMPTY = new PartialAddress(null, null, null, null);

    /** The parts of {@code newer} where it has them, else these. */
    public PartialAddress mergedWith(PartialAddress newer) {
        return new PartialAddress(pick(newer.line1, line1), pick(newer.postalCode, postalCode),
                pick(newer.city, city), pick(newer.countryCode, countryCode));
    }

    /** This address with a country where it has none. */
    public PartialAddress withDefaultCountry(String country) {
        return countryCode != null || country == null ? this : new PartialAddress(line1, postalCode, city, country);
    }

    /** Whether no part is known. */
    public boolean isEmpty() {
        return line1 == null && postalCode == null && city == null && countryCode == null;
    }

    /** The names of the missing parts as a customer would call them, e.g. "the postcode". */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (line1 == null) {
            missing.add("the street and house number");
        }
        if (postalCode == null) {
            missing.add("the postcode");
        }
        if (city == null) {
            missing.add("the town or city");
        }
        if (countryCode == null) {
            missing.add("the country");
        }
        return missing;
    }

    /** The complete address; empty while a part is missing. */
    public Optional<Address> complete() {
        return missing().isEmpty()
                ? Optional.of(new Address(line1, null, postalCode, city, null, countryCode))
                : Optional.empty();
    }

    /** The slot value. */
    public String toSlot() {
        return String.join(SEPARATOR, part(line1), part(postalCode), part(city), part(countryCode));
    }

    /** Reads a slot value written by {@link #toSlot()}; anything else is taken as empty. */
    public static PartialAddress fromSlot(String value) {
        if (value == null) {
            return EMPTY;
        }
        String[] parts = value.split(SEPARATOR, -1);
        if (parts.length != 4) {
            return EMPTY;
        }
        return new PartialAddress(blankToNull(parts[0]), blankToNull(parts[1]), blankToNull(parts[2]),
                blankToNull(parts[3]));
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String part(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
