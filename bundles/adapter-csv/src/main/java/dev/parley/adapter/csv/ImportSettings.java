package dev.parley.adapter.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;

/**
 * The import's configuration, checked: a value that cannot be used is logged at WARN and replaced
 * by its default, so a typo in etc/ never stops the drop folder.
 */
record ImportSettings(Path folder, int pollSeconds, int settleSeconds, Charset charset, char delimiter, ZoneId zone,
        DateParser dates, Map<Column, String> columnNames, int maxFieldLength, int batchSize, int progressEvery) {

    static final String DEFAULT_FOLDER = "import/tickets";
    static final String DEFAULT_DATE_FORMATS = "yyyy-MM-dd HH:mm:ss, yyyy-MM-dd'T'HH:mm:ss, yyyy-MM-dd HH:mm, "
            + "yyyy-MM-dd, dd.MM.yyyy HH:mm, dd.MM.yyyy";

    static ImportSettings from(CsvTicketImport.Config config, String parleyHome, Logger log) {
        Path folder = folder(config.folder() == null || config.folder().isBlank() ? DEFAULT_FOLDER : config.folder().strip(),
                parleyHome);
        Charset charset;
        try {
            charset = Charset.forName(config.charset().strip());
        } catch (IllegalArgumentException e) {
            log.warn("CSV import: charset '{}' is not a charset Java knows; using UTF-8", config.charset());
            charset = java.nio.charset.StandardCharsets.UTF_8;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(config.timeZone().strip());
        } catch (DateTimeException e) {
            log.warn("CSV import: timeZone '{}' is not a time zone (e.g. Europe/Berlin or UTC); using UTC",
                    config.timeZone());
            zone = ZoneId.of("UTC");
        }
        DateParser dates;
        List<String> patterns = Arrays.stream(config.dateFormats()).map(String::strip).filter(p -> !p.isEmpty()).toList();
        try {
            dates = new DateParser(patterns, zone);
        } catch (IllegalArgumentException e) {
            log.warn("CSV import: dateFormats {} holds a pattern that is not a date pattern ({}); using {}", patterns,
                    e.getMessage(), DEFAULT_DATE_FORMATS);
            dates = new DateParser(Arrays.asList(DEFAULT_DATE_FORMATS.split(",\\s*")), zone);
        }
        return new ImportSettings(folder, inRange(log, "pollSeconds", config.pollSeconds(), 1, 3600, 10),
                inRange(log, "settleSeconds", config.settleSeconds(), 0, 3600, 5), charset,
                delimiter(config.delimiter(), log), zone, dates, columnNames(config),
                inRange(log, "maxFieldLength", config.maxFieldLength(), 100, 1_000_000, 32_768),
                inRange(log, "batchSize", config.batchSize(), 1, 10_000, 500),
                inRange(log, "progressEvery", config.progressEvery(), 1, Integer.MAX_VALUE, 10_000));
    }

    private static Map<Column, String> columnNames(CsvTicketImport.Config config) {
        Map<Column, String> names = new EnumMap<>(Column.class);
        names.put(Column.TICKET_ID, config.ticketIdColumn());
        names.put(Column.SUBJECT, config.subjectColumn());
        names.put(Column.DESCRIPTION, config.descriptionColumn());
        names.put(Column.CUSTOMER_EMAIL, config.customerEmailColumn());
        names.put(Column.PRODUCT, config.productColumn());
        names.put(Column.TYPE, config.typeColumn());
        names.put(Column.CREATED, config.createdColumn());
        names.put(Column.PURCHASED, config.purchasedColumn());
        names.put(Column.STATUS, config.statusColumn());
        names.put(Column.PRIORITY, config.priorityColumn());
        names.put(Column.CHANNEL, config.channelColumn());
        names.put(Column.FIRST_RESPONSE, config.firstResponseColumn());
        names.put(Column.RESOLVED, config.resolutionColumn());
        names.put(Column.SATISFACTION, config.satisfactionColumn());
        names.replaceAll((column, name) -> name == null ? "" : name.strip());
        return names;
    }

    /** One character; {@code \t} or {@code tab} for a tab. */
    private static char delimiter(String value, Logger log) {
        if ("\\t".equals(value) || "tab".equalsIgnoreCase(value) || "\t".equals(value)) {
            return '\t';
        }
        if (value == null || value.length() != 1 || value.equals("\"") || value.equals("\r") || value.equals("\n")) {
            log.warn("CSV import: delimiter '{}' is not one character other than a quote or line break; using ','", value);
            return ',';
        }
        return value.charAt(0);
    }

    private static int inRange(Logger log, String name, int value, int min, int max, int fallback) {
        if (value < min || value > max) {
            log.warn("CSV import: {} {} is not between {} and {}; using {}", name, value, min, max, fallback);
            return fallback;
        }
        return value;
    }

    /** The folder, a relative one taken from the Parley home (the working folder if there is none). */
    static Path folder(String setting, String parleyHome) {
        Path configured = Path.of(setting);
        if (configured.isAbsolute()) {
            return configured.normalize();
        }
        Path home = parleyHome == null || parleyHome.isBlank() ? Path.of("") : Path.of(parleyHome);
        return home.resolve(configured).toAbsolutePath().normalize();
    }
}
