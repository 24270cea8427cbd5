package dev.parley.skills.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a postal address a customer typed on one line, e.g. "12 Baker Street, London NW1 6XE, GB"
 * or "Hauptstraße 5, 10115 Berlin, Germany". Parts are separated by commas; what cannot be told
 * apart stays missing, so the skill asks for it instead of guessing.
 */
public final class AddressParser {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("uk", "GB"), Map.entry("united kingdom", "GB"), Map.entry("great britain", "GB"),
            Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
            Map.entry("germany", "DE"), Map.entry("deutschland", "DE"), Map.entry("france", "FR"),
            Map.entry("usa", "US"), Map.entry("united states", "US"), Map.entry("ireland", "IE"),
            Map.entry("netherlands", "NL"), Map.entry("austria", "AT"), Map.entry("switzerland", "CH"),
            Map.entry("spain", "ES"), Map.entry("italy", "IT"), Map.entry("belgium", "BE"),
            Map.entry("denmark", "DK"), Map.entry("sweden", "SE"), Map.entry("poland", "PL"));
    /** UK postcodes, then the digit codes of most of Europe and the US (ZIP+4 too). */
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}|\\d{4,5}(?:-\\d{4})?|\\d{3}\\s\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "12 Baker Street" or "12a Baker Street", and "Hauptstraße 5": a number next to a word. */
    private static final Pattern STREET = Pattern.compile(
            "(\\d+[a-zA-Z]?\\s+\\p{L}[\\p{L}.'\\- ]*|\\p{L}[\\p{L}.'\\-]*\\s+\\d+[a-zA-Z]?)$");
    /** A town's name: up to four words of letters, as in "Newcastle upon Tyne". */
    private static final Pattern CITY = Pattern.compile("\\p{L}[\\p{L}.'\\-]*(?:\\s+\\p{L}[\\p{L}.'\\-]*){0,3}");
    /** Words that lead into an address in a sentence: "please send it to 12 Baker Street". */
    private static final Pattern LEAD_IN = Pattern.compile("^.*\\b(?:to|is|address|at)[:\\s]+", Pattern.CASE_INSENSITIVE);

    private AddressParser() {
    }

    /** The parts of an address found in {@code text}. */
    public static PartialAddress parse(String text) {
        List<String> segments = new ArrayList<>(Arrays.stream(text.trim().replaceAll("[.!]+$", "").split("[,;\\n]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
        String country = null;
        if (!segments.isEmpty()) {
            country = country(segments.get(segments.size() - 1));
            if (country != null) {
                segments.remove(segments.size() - 1);
            }
        }
        String line1 = null;
        String postalCode = null;
        String city = null;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            Matcher street = STREET.matcher(LEAD_IN.matcher(segment).replaceFirst(""));
            Matcher postcode = POSTCODE.matcher(segment);
            // the first of several parts is the street even when its number looks like a postcode
            if (line1 == null && i == 0 && segments.size() > 1 && street.find()) {
                line1 = street.group(1).trim();
            } else if (postalCode == null && postcode.find()) {
                postalCode = postcode.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
                String rest = (segment.substring(0, postcode.start()) + " " + segment.substring(postcode.end())).trim();
                if (city == null && !rest.isEmpty()) {
                    city = rest.replaceAll("\\s+", " ");
                }
            } else if (line1 == null && street.reset().find()) {
                line1 = street.group(1).trim();
            } else if (city == null && segments.size() > 1 && CITY.matcher(segment).matches()) {
                city = segment;
            }
        }
        return new PartialAddress(line1, postalCode, city, country);
    }

    /** The ISO code of a country named or coded in {@code text}, or {@code null}. */
    public static String country(String text) {
        String trimmed = text.trim();
        if (trimmed.length() == 2 && ISO_COUNTRIES.contains(trimmed.toUpperCase(Locale.ROOT))) {
            return trimmed.toUpperCase(Locale.ROOT);
        }
        return COUNTRY_NAMES.get(trimmed.toLowerCase(Locale.ROOT));
    }
}
